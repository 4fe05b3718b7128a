package org.doorstep.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread executes, so a test can show that a page issues as many for ten rows
 * as for a thousand. Wraps the application's DataSource; only the test that imports {@link Config} is affected.
 */
public final class StatementCounter {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch");

    private final ThreadLocal<int[]> count = ThreadLocal.withInitial(() -> new int[1]);

    public void reset() {
        count.get()[0] = 0;
    }

    public int count() {
        return count.get()[0];
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter>
                counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? counter.getObject().wrap(ds) : bean;
                }
            };
        }
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Connection c ? wrapConnection(c) : result;
        });
    }

    private Connection wrapConnection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = call(target, method, args);
            return result instanceof Statement s ? wrapStatement(s) : result;
        });
    }

    private Statement wrapStatement(Statement target) {
        Class<? extends Statement> type = target instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, target, (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                count.get()[0]++;
            }
            return call(target, method, args);
        });
    }

    private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
