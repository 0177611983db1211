package org.detente.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What every store must do, on SQLite and on PostgreSQL alike. */
abstract class StoreContract {
    /** A store (migrated) on the test's database, whose rows it stamps with {@code clock}; each call is another server's. */
    abstract Store store(Clock clock);

    /** A store on the test's database, on the system clock. */
    Store store() {
        return store(Clock.systemUTC());
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private long millis = System.currentTimeMillis();

        void advance(Duration d) {
            millis += d.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void casesAreSavedListedReopenedReplacedAndDeleted() {
        Store s = store();
        Cases.Row row = s.cases().create("Lease — «quoted» 'name'", "{\"name\": \"x\"}");
        assertThat(s.cases().get(row.id())).contains(row);
        assertThat(s.cases().list()).extracting(Cases.Row::id).contains(row.id());
        Cases.Row updated = s.cases().update(row.id(), "renamed", "{\"name\": \"y\"}").orElseThrow();
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.body()).isEqualTo("{\"name\": \"y\"}");
        assertThat(s.cases().update("missing", "n", "{}")).isEmpty();
        assertThat(s.cases().delete(row.id())).isTrue();
        assertThat(s.cases().get(row.id())).isEmpty();
    }

    @Test
    void analysesAndRehearsalsBelongToACaseAndGoWithIt() {
        Store s = store();
        Cases.Row c = s.cases().create("c", "{}");
        Analyses.Row a = s.analyses().save(c.id(), 1, "{\"outcomes\": 540}");
        assertThat(s.analyses().find(c.id(), 1)).contains(a);
        assertThat(s.analyses().find(c.id(), 2)).isEmpty();
        Rehearsals.Row r = s.rehearsals().save(Store.newId(), c.id(), 1, "{\"seed\": 1}", "{\"result\": {}}");
        assertThat(s.rehearsals().get(r.id())).contains(r);
        assertThat(s.rehearsals().list(c.id())).extracting(Rehearsals.Row::id).containsExactly(r.id());
        assertThat(s.rehearsals().list(null)).extracting(Rehearsals.Row::id).contains(r.id());
        s.cases().delete(c.id());
        assertThat(s.analyses().get(a.id())).isEmpty();
        assertThat(s.rehearsals().get(r.id())).isEmpty();
    }

    @Test
    void liveTalksRefuseAStaleChangeAndGoWithTheirCase() {
        Store s = store();
        Cases.Row c = s.cases().create("c", "{}");
        Talks.Row t = s.talks().create(c.id(), "{\"offers\": []}", 0, 7);
        assertThat(s.talks().get(t.id())).contains(t);
        Talks.Row one = s.talks().replace(t.id(), 0, "{\"offers\": [1]}", 1).orElseThrow();
        assertThat(one.offers()).isEqualTo(1);
        assertThat(one.record()).isEqualTo("{\"offers\": [1]}");
        assertThat(one.seed()).isEqualTo(7);
        // a change made on the copy with no offers, after another change: refused, nothing overwritten
        assertThat(s.talks().replace(t.id(), 0, "{\"offers\": [2]}", 1)).isEmpty();
        assertThat(s.talks().get(t.id()).orElseThrow().record()).isEqualTo("{\"offers\": [1]}");
        assertThat(s.talks().list(c.id())).extracting(Talks.Row::id).containsExactly(t.id());
        s.cases().delete(c.id());
        assertThat(s.talks().get(t.id())).isEmpty();
    }

    @Test
    void tournamentsCountTheirSessionsAndStop() {
        Store s = store();
        Tournaments.Row t = s.tournaments().start("{\"agents\": [\"a\"]}", 3);
        s.tournaments().addSession(t.id(), 1, "x/a+a/1", "{\"n\": 1}");
        s.tournaments().addSession(t.id(), 2, "x/a+a/2", "{\"n\": 2}");
        assertThat(s.tournaments().get(t.id()).orElseThrow().done()).isEqualTo(2);
        assertThat(s.tournaments().sessions(t.id())).containsExactly("{\"n\": 1}", "{\"n\": 2}");
        assertThat(s.tournaments().sessionIds(t.id())).containsExactly("x/a+a/1", "x/a+a/2");
        assertThat(s.tournaments().lastSeq(t.id())).isEqualTo(2);
        s.tournaments().stop(t.id(), Jobs.FINISHED, null);
        assertThat(s.tournaments().get(t.id()).orElseThrow().status()).isEqualTo(Jobs.FINISHED);
        assertThat(s.tournaments().resume(t.id())).as("a finished one").isEmpty();
    }

    @Test
    void aRunningTournamentIsLeasedToItsServerAndTakenUpOnlyOnceItsLeaseHasExpired() {
        TestClock clock = new TestClock();
        Store first = store(clock);
        Store second = store(clock); // another server on the same database
        Tournaments.Row t = first.tournaments().start("{}", 3);
        first.tournaments().addSession(t.id(), 1, "x/a+a/1", "{}");
        // the first server renews its lease in time: the second leaves its run alone
        for (int i = 0; i < 4; i++) {
            clock.advance(Jobs.RENEW);
            first.renewLeases();
            assertThat(second.renewLeases()).isZero();
        }
        assertThat(second.tournaments().get(t.id()).orElseThrow().status()).isEqualTo(Jobs.RUNNING);
        assertThat(second.tournaments().resume(t.id())).isEmpty();
        assertThatThrownBy(() -> second.tournaments().addSession(t.id(), 2, "x/a+a/2", "{}"))
                .isInstanceOf(Tournaments.LeaseLost.class);
        second.tournaments().stop(t.id(), Jobs.FAILED, "not mine");
        assertThat(first.tournaments().get(t.id()).orElseThrow().status()).isEqualTo(Jobs.RUNNING);

        // the first server is gone: once its lease has expired, its run is interrupted, and can be taken up
        clock.advance(Jobs.LEASE.plusSeconds(1));
        assertThat(second.renewLeases()).isGreaterThanOrEqualTo(1);
        assertThat(second.tournaments().get(t.id()).orElseThrow().status()).isEqualTo(Jobs.INTERRUPTED);
        Tournaments.Row taken = second.tournaments().resume(t.id()).orElseThrow();
        assertThat(taken.status()).isEqualTo(Jobs.RUNNING);
        assertThat(taken.done()).isEqualTo(1);
        assertThatThrownBy(() -> first.tournaments().addSession(t.id(), 2, "x/a+a/2", "{}"))
                .as("the first server, back, no longer writes into it").isInstanceOf(Tournaments.LeaseLost.class);
        second.tournaments().addSession(t.id(), 2, "x/a+a/2", "{}");
        assertThat(second.tournaments().sessionIds(t.id())).containsExactly("x/a+a/1", "x/a+a/2");
        assertThat(second.tournaments().get(t.id()).orElseThrow().done()).isEqualTo(2);
    }

    @Test
    void playsAndBriefsAreLeasedToo() {
        TestClock clock = new TestClock();
        Store first = store(clock);
        Store second = store(clock);
        Cases.Row c = first.cases().create("c", "{}");
        Plays.Row p = first.plays().start(c.id(), 1, "{}", Map.of("d".repeat(64), 0));
        Briefs.Row b = first.briefs().start(c.id(), 1, "{}");
        first.renewLeases(); // (a shared database may hold older rows whose leases expired)
        assertThat(second.renewLeases()).isZero();
        assertThat(second.plays().get(p.id()).orElseThrow().status()).isEqualTo(Jobs.RUNNING);
        clock.advance(Jobs.LEASE.plusSeconds(1));
        assertThat(second.renewLeases()).isGreaterThanOrEqualTo(2);
        assertThat(second.plays().get(p.id()).orElseThrow().status()).isEqualTo(Jobs.INTERRUPTED);
        assertThat(second.briefs().get(b.id()).orElseThrow().status()).isEqualTo(Jobs.INTERRUPTED);
    }

    @Test
    void playSeatsAreFoundByTheirTokensHashOnly() {
        Store s = store();
        Cases.Row c = s.cases().create("c", "{}");
        Plays.Row p = s.plays().start(c.id(), 1, "{\"seats\": []}", Map.of("a".repeat(64), 0, "b".repeat(64), 1));
        assertThat(s.plays().seat("b".repeat(64))).contains(new Plays.Seat(p.id(), 1));
        assertThat(s.plays().seat("c".repeat(64))).isEmpty();
        s.plays().finish(p.id(), "{\"result\": {}}");
        Plays.Row done = s.plays().get(p.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Jobs.FINISHED);
        assertThat(done.result()).isEqualTo("{\"result\": {}}");
        assertThat(s.plays().list()).extracting(Plays.Row::id).contains(p.id());
    }
}
