package org.doorstep.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * This node's rendered portal pages, bounded in bytes ({@code DOORSTEP_PAGE_CACHE_SIZE}); Caffeine's admission policy
 * keeps the pages read most when a crawler walks through many others. A page is served until a change of one of its
 * sources, for at most {@code DOORSTEP_PAGE_CACHE_TTL}, and never past the day it was made on (a document's 效力状态
 * follows the date).
 */
@Component
class PageCache implements RenderedPages {

    /** Everything that changes a public page's markup: the address asked for (with its query) and 长辈模式. */
    record Key(String origin, String target, boolean elderly) {
    }

    /** A name and a value of a header the page was sent with (security headers included). */
    record Header(String name, String value) {
    }

    record Page(byte[] body, String contentType, List<Header> headers, String etag, long lastModified,
            Set<PageSource> sources, String pattern, LocalDate day, long madeAt) {

        int weight() {
            int headerBytes = headers.stream().mapToInt(h -> h.name().length() + h.value().length() + 32).sum();
            return body.length + headerBytes + 256;
        }
    }

    private final Cache<Key, Page> pages;
    private final long maxPageBytes;
    private final long ttlMillis;
    private final Clock clock;
    /** Counts changes, so that a page rendered while one happened is not kept (it may show the state before). */
    private final AtomicLong generation = new AtomicLong();
    /** The second of the last change: If-Modified-Since has whole seconds only. */
    private volatile long lastChangeSecond;

    PageCache(@Value("${doorstep.page-cache.size:32MB}") DataSize size,
            @Value("${doorstep.page-cache.ttl:10m}") Duration ttl, Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        long bytes = Math.max(0, size.toBytes());
        this.pages = Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((Key k, Page p) -> p.weight() + 2 * (k.origin().length() + k.target().length()))
                .recordStats().build();
        // One page may take at most an eighth of the cache, so a huge list never pushes out everything else.
        this.maxPageBytes = bytes / 8;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        meters.ifAvailable(registry -> CaffeineCacheMetrics.monitor(registry, pages, "portal-pages"));
    }

    boolean enabled() {
        return maxPageBytes > 0 && ttlMillis > 0;
    }

    long generation() {
        return generation.get();
    }

    /** The page if it is still current, or null. */
    Page get(Key key) {
        Page page = pages.getIfPresent(key);
        if (page == null) {
            return null;
        }
        if (System.currentTimeMillis() - page.madeAt() >= ttlMillis || !LocalDate.now(clock).equals(page.day())) {
            pages.asMap().remove(key, page);
            return null;
        }
        return page;
    }

    /** Keeps a page rendered since {@code generationBefore}, unless something it may show changed meanwhile. */
    void put(Key key, Page page, long generationBefore) {
        if (page.body().length > maxPageBytes || generation.get() != generationBefore) {
            return;
        }
        pages.put(key, page);
        if (generation.get() != generationBefore) {
            // A change committed while the page was stored: it may have missed the page.
            pages.asMap().remove(key, page);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a page sent with this Last-Modified may be answered 304 to If-Modified-Since. */
    boolean unchangedSince(Page page, long ifModifiedSince) {
        long second = page.lastModified() / 1000;
        return ifModifiedSince >= second * 1000 && second > lastChangeSecond;
    }

    @Override
    public void changed(PageSource source) {
        lastChangeSecond = System.currentTimeMillis() / 1000;
        generation.incrementAndGet();
        pages.asMap().values().removeIf(p -> p.sources().contains(source));
    }

    /** Drops every page (tests, and after anything not told by an event). */
    void clear() {
        generation.incrementAndGet();
        lastChangeSecond = System.currentTimeMillis() / 1000;
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }
}
