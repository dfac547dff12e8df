package org.certplan.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Real parallel requests: every call is released at once from its own thread, and all answers are kept. */
public final class Parallel {

    private Parallel() {
    }

    /** The answers of {@code count} calls of {@code call(i)}, in call order. */
    public static List<Response> run(int count, IntFunction<Response> call) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("a parallel request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many answers had each status code. */
    public static Map<Integer, Long> statuses(List<Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(Response::statusCode, TreeMap::new,
                Collectors.counting()));
    }
}
