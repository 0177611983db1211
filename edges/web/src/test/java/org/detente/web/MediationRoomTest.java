package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.detente.formats.casefile.CaseFiles;
import org.detente.formats.casefile.Format;
import org.detente.model.NegotiationCase;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** The room's protocol without a server: its rules, its determinism, and a finished room rebuilt from what the store keeps. */
class MediationRoomTest {
    private static NegotiationCase lease() throws Exception {
        return CaseFiles.read(Repository.path("examples/apartment-lease.yaml"));
    }

    private static MediationRoom room(NegotiationCase c, long seed) {
        ObjectNode request = Requests.JSON.createObjectNode().put("mediator", "hill-climber").put("rounds", 25)
                .put("seed", seed);
        request.putArray("instructions").add("").add("");
        request.set("case", Requests.parse(CaseFiles.toText(c, Format.JSON)));
        return new MediationRoom("m", c, request);
    }

    /** Both parties answer truthfully (the first by its utility, the second vetoing every first ballot). */
    private static void play(MediationRoom room) {
        room.confide(0, null);
        room.confide(1, null);
        for (int i = 0; i < 500 && room.phase() != MediationRoom.Phase.OVER; i++) {
            for (int p = 0; p < 2 && room.phase() != MediationRoom.Phase.OVER; p++) {
                MediationRoom.Snapshot s = room.snapshot(p);
                MediationRoom.Step step = s.steps().get(s.steps().size() - 1);
                double u = s.table().utility(step.text());
                String answer = switch (step.kind()) {
                    case "draft" -> Double.compare(u, s.table().utility(step.current())) > 0 ? "better" : "worse";
                    default -> s.table().permits(step.text()) && u >= s.table().reservationValue() ? "accept" : "reject";
                };
                room.answer(p, answer);
            }
        }
    }

    @Test
    void theSameAnswersGiveTheSameTextsAndAFinishedRoomRebuildsAsItWas() throws Exception {
        NegotiationCase c = lease();
        MediationRoom a = room(c, 4);
        MediationRoom b = room(c, 4);
        play(a);
        play(b);
        assertThat(a.phase()).isEqualTo(MediationRoom.Phase.OVER);
        assertThat(a.result()).isEqualTo(b.result());
        assertThat(a.result().get("steps").size()).isPositive();
        MediationRoom back = MediationRoom.restore("m", c, a.request(), Requests.parse(a.result().toString()), false);
        for (int p = 0; p < 2; p++) {
            assertThat(MediationViews.person(back, "finished", p)).isEqualTo(MediationViews.person(a, "finished", p));
        }
        MediationRoom interrupted = MediationRoom.restore("m", c, a.request(), null, false);
        assertThat(MediationViews.person(interrupted, "interrupted", 0).get("history").size()).isZero();
    }

    @Test
    void theRulesAreKept() throws Exception {
        MediationRoom r = room(lease(), 1);
        assertThatThrownBy(() -> r.answer(0, "accept")).hasMessageContaining("once everyone has confided");
        r.confide(0, null);
        assertThatThrownBy(() -> r.confide(0, null)).hasMessageContaining("confided your preferences already");
        r.confide(1, null);
        MediationRoom.Snapshot s = r.snapshot(0);
        String kind = s.steps().get(0).kind();
        String wrong = kind.equals("draft") ? "accept" : "better";
        assertThatThrownBy(() -> r.answer(0, wrong)).hasMessageContaining("answer this " + kind + " with one of");
        r.answer(0, kind.equals("draft") ? "same" : "reject");
        assertThatThrownBy(() -> r.answer(0, "reject")).hasMessageContaining("waiting for the others");
        assertThat(r.snapshot(1).steps().get(0).answers()[0]).as("another's answer is not in one's snapshot").isNull();
    }
}
