package kneadwise.system.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kneadwise.system.Mail;
import kneadwise.testing.DatabaseTest;
import kneadwise.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox (issue 17, item 4): two senders on one database deliver each mail exactly once, a mail the server
 * refuses waits and is tried again with growing pauses, and a mail written in a rolled-back transaction is never
 * sent.
 */
@DatabaseTest
class MailSenderTest {

    /** The database is the class's: each test starts with an empty outbox. */
    @org.junit.jupiter.api.BeforeEach
    void emptyTheOutbox(TestDatabase database) {
        JdbcClient.create(database.dataSource())
                .sql("DELETE FROM system_mail_outbox")
                .update();
    }

    @Test
    void twoNodesDeliverEachMailOnce(TestDatabase database) throws Exception {
        DataSource data = database.dataSource();
        JdbcClient jdbc = JdbcClient.create(data);
        MailOutbox outbox = new MailOutbox(jdbc, Clock.systemUTC());
        for (int i = 0; i < 200; i++) {
            outbox.send(new Mail("person-" + i + "@example.org", "Mail " + i, "Text " + i));
        }
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        MailTransport counting = mail -> {
            delivered
                    .computeIfAbsent(mail.subject(), key -> new AtomicInteger())
                    .incrementAndGet();
            Thread.onSpinWait();
        };
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = List.of(
                    nodes.submit(() -> {
                        start.await();
                        return everySecond(jdbc, transactions, counting).deliverDue();
                    }),
                    nodes.submit(() -> {
                        start.await();
                        return everySecond(jdbc, transactions, counting).deliverDue();
                    }));
            start.countDown();
            int total = sent.get(0).get() + sent.get(1).get();

            assertThat(total).isEqualTo(200);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(delivered).hasSize(200);
        assertThat(delivered.values())
                .allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(jdbc.sql("SELECT count(*) FROM system_mail_outbox WHERE sent_at IS NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aRefusedMailWaitsAndIsTriedAgainUntilTheServerTakesIt(TestDatabase database) {
        DataSource data = database.dataSource();
        JdbcClient jdbc = JdbcClient.create(data);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
        new MailOutbox(jdbc, Clock.systemUTC()).send(new Mail("someone@example.org", "Hello", "Text"));
        AtomicBoolean serverUp = new AtomicBoolean(false);
        AtomicInteger delivered = new AtomicInteger();
        MailTransport flaky = mail -> {
            if (!serverUp.get()) {
                throw new IllegalStateException("Connection refused: 127.0.0.1:25");
            }
            delivered.incrementAndGet();
        };
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        MailSender sender = new MailSender(jdbc, transactions, flaky, Clock.systemUTC(), Duration.ZERO, metrics);

        sender.deliverDue();
        sender.deliverDue();

        assertThat(delivered).hasValue(0);
        assertThat(jdbc.sql("SELECT attempts || ' ' || last_error FROM system_mail_outbox")
                        .query(String.class)
                        .single())
                .isEqualTo("2 java.lang.IllegalStateException: Connection refused: 127.0.0.1:25");
        assertThat(metrics.get("kneadwise.mail.failed").counter().count()).isEqualTo(2);

        serverUp.set(true);
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(delivered).hasValue(1);
        assertThat(sender.deliverDue()).as("sent once").isZero();
        assertThat(metrics.get("kneadwise.mail.sent").counter().count()).isEqualTo(1);
    }

    @Test
    void thePausesGrowAndStopAtAnHour(TestDatabase database) {
        MailSender sender = new MailSender(
                JdbcClient.create(database.dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
                mail -> {},
                Clock.systemUTC(),
                Duration.ofSeconds(10),
                new SimpleMeterRegistry());

        assertThat(sender.waitAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(sender.waitAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(sender.waitAfter(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(sender.waitAfter(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMailOfARolledBackChangeIsNeverSent(TestDatabase database) {
        DataSource data = database.dataSource(); // one pool, so that the outbox takes part in the transaction
        JdbcClient jdbc = JdbcClient.create(data);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(data));
        MailOutbox outbox = new MailOutbox(jdbc, Clock.systemUTC());

        transactions.executeWithoutResult(status -> {
            outbox.send(new Mail("someone@example.org", "About a change", "Text"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM system_mail_outbox")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A node's sender with a first pause of a second and metrics of its own. */
    private static MailSender everySecond(JdbcClient jdbc, TransactionTemplate transactions, MailTransport transport) {
        return new MailSender(
                jdbc, transactions, transport, Clock.systemUTC(), Duration.ofSeconds(1), new SimpleMeterRegistry());
    }
}
