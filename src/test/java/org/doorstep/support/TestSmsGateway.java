package org.doorstep.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server that plays the SMS gateway of issue 6 (POST /sms/send, JSON body): it keeps every body it was
 * sent and answers 200, or 503 for as many requests as a test asks it to fail.
 */
public final class TestSmsGateway implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private TestSmsGateway(HttpServer server) {
        this.server = server;
    }

    public static TestSmsGateway start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestSmsGateway g = new TestSmsGateway(s);
            s.createContext("/sms/send", g::handle);
            s.start();
            return g;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
    }

    /** The next {@code n} requests are answered 503. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    /** Bodies of the messages accepted (answered 200), in order. */
    public List<String> accepted() {
        return List.copyOf(received);
    }

    public List<String> acceptedFor(String mobile) {
        return received.stream().filter(b -> b.contains("\"mobile\":\"" + mobile + "\"")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean fail = failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        if (!fail) {
            received.add(body);
        }
        byte[] answer = (fail ? "{\"code\":\"BUSY\"}" : "{\"code\":\"OK\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
