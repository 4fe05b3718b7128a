package org.doorstep.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Records, while armed, every SQL statement the application executes and the transaction boundaries around them,
 * with the bound parameters and the thread: what one intake sends PostgreSQL, so the intake benchmark can check that
 * its pgbench script replays the very same statements. Installed on the application's data source by {@link Installer};
 * connections taken while disarmed are handed out unwrapped.
 */
public final class StatementRecorder {

    /** One thing a connection did: a statement with its parameters, or begin, commit or rollback. */
    public record Event(String thread, long connection, String kind, String sql, List<Object> params) {

        public boolean statement() {
            return kind.equals("statement");
        }

        /** The statement as a human reads it: parameters listed after it. */
        @Override
        public String toString() {
            if (!statement()) {
                return kind.toUpperCase(java.util.Locale.ROOT) + ";";
            }
            String oneLine = sql.strip().replaceAll("\\s+", " ");
            return oneLine + ";" + (params.isEmpty() ? "" : "  -- " + params);
        }
    }

    private static volatile List<Event> events;
    private static final java.util.concurrent.atomic.AtomicLong CONNECTIONS = new java.util.concurrent.atomic.AtomicLong();

    private StatementRecorder() {
    }

    /** Starts recording on every thread. */
    public static synchronized void arm() {
        events = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /** Stops recording and answers what was recorded, in order. */
    public static synchronized List<Event> disarm() {
        List<Event> recorded = events;
        events = null;
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    private static void record(long connection, String kind, String sql, List<Object> params) {
        List<Event> list = events;
        if (list != null) {
            list.add(new Event(Thread.currentThread().getName(), connection, kind, sql, params));
        }
    }

    /** Wraps the application's data source as soon as it is created. */
    public static final class Installer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Recording) ? wrap(ds) : bean;
                }
            });
        }
    }

    /** Marks a data source already wrapped here. */
    interface Recording {
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] { DataSource.class, Closeable.class, Recording.class }, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (target instanceof AutoCloseable c) {
                            c.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    // Only connections taken while armed are watched: the timed load runs on the bare pool.
                    return result instanceof Connection c && events != null
                            ? connection(c, CONNECTIONS.incrementAndGet()) : result;
                });
    }

    private static Connection connection(Connection target, long id) {
        return (Connection) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                    String name = method.getName();
                    switch (name) {
                        case "setAutoCommit" -> {
                            if (!((Boolean) args[0]) && target.getAutoCommit()) {
                                record(id, target.isReadOnly() ? "begin read only" : "begin", null, List.of());
                            }
                        }
                        case "commit" -> record(id, "commit", null, List.of());
                        case "rollback" -> record(id, "rollback", null, List.of());
                        default -> {
                        }
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement ps && name.startsWith("prepare")) {
                        return prepared(ps, id, (String) args[0]);
                    }
                    if (result instanceof Statement s && name.equals("createStatement")) {
                        return plain(s, id);
                    }
                    return result;
                });
    }

    private static PreparedStatement prepared(PreparedStatement target, long id, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        List<List<Object>> batch = new ArrayList<>();
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : PreparedStatement.class;
        return (PreparedStatement) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] { type }, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                        params.put(i, name.equals("setNull") ? null : shown(args[1]));
                    } else if (name.equals("clearParameters")) {
                        params.clear();
                    } else if (name.equals("addBatch") && (args == null || args.length == 0)) {
                        batch.add(new ArrayList<>(params.values()));
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        batch.forEach(p -> record(id, "statement", sql, p));
                        batch.clear();
                    } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                        record(id, "statement", sql, new ArrayList<>(params.values()));
                    }
                    return invoke(target, method, args);
                });
    }

    private static Statement plain(Statement target, long id) {
        return (Statement) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(),
                new Class<?>[] { Statement.class }, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute") && args != null && args.length >= 1
                            && args[0] instanceof String sql) {
                        record(id, "statement", sql, List.of());
                    }
                    return invoke(target, method, args);
                });
    }

    /** A parameter as it is printed: arrays as lists, long texts and bytes shortened. */
    private static Object shown(Object value) {
        if (value instanceof byte[] b) {
            return "<" + b.length + " bytes>";
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof java.sql.Array a) {
            try {
                return Arrays.asList((Object[]) a.getArray());
            } catch (java.sql.SQLException e) {
                return a.toString();
            }
        }
        return value;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
