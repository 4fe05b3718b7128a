package org.doorstep.support;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL statements the current thread prepares, so a test can show that a list page issues as many
 * statements for 1,000 rows as for 10. Every test context's data source is wrapped (registered in
 * {@code META-INF/spring.factories} of the tests, so no test gets a context of its own); counting is off unless a
 * test asks, and then only on its own thread.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private StatementCounter() {
    }

    /** Runs the work and answers how many statements it prepared on this thread. */
    public static int count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    public static <T> Counted<T> counted(Supplier<T> work) {
        int[] before = COUNT.get();
        int[] count = new int[1];
        COUNT.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNT.set(before);
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    /** Wraps the application's data source as soon as it is created. */
    public static final class Installer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Proxy) ? wrap(ds) : bean;
                }
            });
        }
    }

    /** Also Closeable, so the pool still closes when the context does. */
    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] { DataSource.class, Closeable.class }, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (target instanceof AutoCloseable c) {
                            c.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private static Connection connection(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            int[] count = COUNT.get();
            if (count != null && STATEMENTS.contains(method.getName())) {
                count[0]++;
            }
            return invoke(target, method, args);
        };
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] { Connection.class }, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
