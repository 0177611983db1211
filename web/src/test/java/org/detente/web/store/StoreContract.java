package org.detente.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What every store must do, on SQLite and on PostgreSQL alike. */
abstract class StoreContract {
    /** A fresh store (migrated). */
    abstract Store store();

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
    void tournamentsCountTheirSessionsAndAreInterruptedByARestart() {
        Store s = store();
        Tournaments.Row t = s.tournaments().start("{\"agents\": [\"a\"]}", 3);
        s.tournaments().addSession(t.id(), 1, "x/a+a/1", "{\"n\": 1}");
        s.tournaments().addSession(t.id(), 2, "x/a+a/2", "{\"n\": 2}");
        assertThat(s.tournaments().get(t.id()).orElseThrow().done()).isEqualTo(2);
        assertThat(s.tournaments().sessions(t.id())).containsExactly("{\"n\": 1}", "{\"n\": 2}");
        assertThat(s.tournaments().interruptRunning()).isGreaterThanOrEqualTo(1);
        assertThat(s.tournaments().get(t.id()).orElseThrow().status()).isEqualTo(Jobs.INTERRUPTED);
        Tournaments.Row u = s.tournaments().start("{}", 1);
        s.tournaments().stop(u.id(), Jobs.FINISHED, null);
        assertThat(s.tournaments().get(u.id()).orElseThrow().status()).isEqualTo(Jobs.FINISHED);
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
