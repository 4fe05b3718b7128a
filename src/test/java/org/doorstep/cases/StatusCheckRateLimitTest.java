package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.doorstep.cases.internal.LookupThrottle;
import org.doorstep.services.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** The public status check is rate-limited against guessing, per client and per case number; successes are free. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusCheckRateLimitTest {

    @Autowired
    Cases cases;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Case c;
    String code;

    @BeforeEach
    void aCase() {
        mvc = SignedInRequests.secured(context);
        Actor citizen = Actor.citizen();
        c = cases.apply("QX-SCJG-002", CasesTest.person(), Delivery.WINDOW, List.of(new Upload("经营场所使用证明",
                new ByteArrayInputStream(CasesTest.PDF), "lease.pdf")), null, citizen);
        code = cases.queryCodeOf(c.number(), citizen.username());
    }

    /** A client address of its own per call site, so tests sharing the application never share counts. */
    static String client() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    ResultActions page(String client, String number, String verification) throws Exception {
        return mvc.perform(post("/cases/status").param("number", number).param("verification", verification)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }));
    }

    ResultActions api(String client, String number, String verification) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}/status", number).header("X-Query-Code", verification).with(r -> {
            r.setRemoteAddr(client);
            return r;
        }));
    }

    static String wrong(String code) {
        return code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
    }

    @Test
    void successfulChecksAreNotHinderedButAfterFiveFailuresFromOneClientTheStatusCheckAnswers429InChinese()
            throws Exception {
        String me = client();
        for (int i = 0; i < 3 * LookupThrottle.CLIENT_FAILURES; i++) {
            page(me, c.number(), code).andExpect(status().isOk())
                    .andExpect(content().string(containsString(c.state().label())));
        }
        for (int i = 0; i < LookupThrottle.CLIENT_FAILURES; i++) {
            page(me, c.number(), wrong(code)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(Cases.LOOKUP_FAILED)));
        }
        // Now even the right code is refused from this client, and the answer tells nothing about the case.
        page(me, c.number(), code).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("查询失败次数过多")))
                .andExpect(content().string(not(containsString("case-state"))));
        api(me, c.number(), code).andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("Retry-After", "900"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(Cases.LOOKUP_THROTTLED));
        // Another client checking the same case is not affected.
        page(client(), c.number(), code).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.number())))
                .andExpect(content().string(not(containsString("查询失败次数过多"))));
    }

    @Test
    void guessingOneCaseNumberFromManyClientsBlocksThatNumberOnly() throws Exception {
        for (int i = 0; i < LookupThrottle.NUMBER_FAILURES; i++) {
            api(client(), c.number(), wrong(code)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(Cases.LOOKUP_FAILED));
        }
        api(client(), c.number(), code).andExpect(status().isTooManyRequests());
        page(client(), c.number(), code).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(Cases.LOOKUP_THROTTLED)));
        // A forged number counts too, and blocks nothing else.
        String forged = "QX20991231" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        page(client(), forged, code).andExpect(status().isOk())
                .andExpect(content().string(containsString(Cases.LOOKUP_FAILED)));
    }

    @Test
    void theApiAnswersTheStatusWithoutPersonalDataAndIsInTheOpenApiDocument() throws Exception {
        String me = client();
        api(me, c.number().toLowerCase(), code.toLowerCase()).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(c.number()))
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.stateLabel").value("已提交，待受理"))
                .andExpect(jsonPath("$.due").value(c.clock().due().toString()))
                .andExpect(content().string(not(containsString(CasesTest.person().name()))));
        api(me, c.number(), null).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cases/{number}/status")));
    }

    @Test
    void fortyParallelGuessesFromOneClientGetExactlyFiveAnswersAndThe429ForTheRest() throws Exception {
        String me = client();
        List<Integer> statuses = inParallel(40, i -> me);
        assertThat(statuses).filteredOn(s -> s == 404).hasSize(LookupThrottle.CLIENT_FAILURES);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - LookupThrottle.CLIENT_FAILURES);
        api(me, c.number(), code).andExpect(status().isTooManyRequests());
    }

    @Test
    void fortyParallelGuessesOfOneNumberFromFortyClientsGetExactlyTenAnswers() throws Exception {
        List<Integer> statuses = inParallel(40, i -> client());
        assertThat(statuses).filteredOn(s -> s == 404).hasSize(LookupThrottle.NUMBER_FAILURES);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(40 - LookupThrottle.NUMBER_FAILURES);
    }

    /** Wrong-code API checks of the case, all released at once from the given clients; their HTTP statuses. */
    List<Integer> inParallel(int n, IntFunction<String> clientOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String who = clientOf.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return api(who, c.number(), wrong(code)).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
