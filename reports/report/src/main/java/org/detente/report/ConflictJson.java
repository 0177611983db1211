package org.detente.report;

import java.util.List;

import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.StateSpace;
import org.detente.conflict.statusquo.Route;
import org.detente.conflict.statusquo.Step;
import org.detente.conflict.statusquo.StatusQuoResult;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code detente conflict --json} contract: {@code states} (each with {@code id},
 * {@code decimal}, {@code options}, {@code ranks}, {@code stable}) and {@code equilibria} (keys
 * {@code nash}, {@code gmr}, {@code smr}, {@code seq}, {@code sim}, {@code seqSim}, {@code limited})
 * are the contract; {@code coalitions} and {@code statusQuo} are documented in docs/conflict.md.
 */
public final class ConflictJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ConflictJson() {
    }

    /** The conflict analysis as pretty-printed JSON text. */
    public static String render(ConflictReport r) {
        return PrettyJson.text(tree(r));
    }

    /** The conflict analysis as a JSON tree. */
    public static ObjectNode tree(ConflictReport r) {
        StateSpace sp = r.space();
        int n = sp.decisionMakers();
        ObjectNode root = F.objectNode();
        root.put("conflict", sp.conflict().name());
        ArrayNode options = root.putArray("options");
        for (int o = 0; o < sp.options(); o++) {
            ConflictOption opt = sp.conflict().options().get(o);
            options.addObject().put("index", o).put("name", opt.name())
                    .put("direction", opt.direction().name().toLowerCase(java.util.Locale.ROOT))
                    .put("decisionMaker", r.dmName(sp.conflict().owner(o)));
        }
        ArrayNode dms = root.putArray("decisionMakers");
        for (int d = 0; d < n; d++) {
            ObjectNode dm = dms.addObject().put("name", r.dmName(d));
            ArrayNode opts = dm.putArray("options");
            sp.conflict().decisionMakers().get(d).options().forEach(opts::add);
        }
        root.put("limitedMoveHorizon", r.stability().horizon());
        int[] top = r.tops();
        ArrayNode states = root.putArray("states");
        for (int i = 0; i < sp.size(); i++) {
            ObjectNode s = states.addObject();
            s.put("id", i + 1).put("decimal", sp.decimal(i)).put("options", sp.yn(i));
            ObjectNode ranks = s.putObject("ranks");
            ObjectNode stable = s.putObject("stable");
            for (int d = 0; d < n; d++) {
                ranks.put(r.dmName(d), top[d] - sp.level(d, i) + 1);
                ObjectNode per = stable.putObject(r.dmName(d));
                for (Concept c : Concept.values()) {
                    per.put(c.key(), r.stability().isStable(c, d, i + 1));
                }
            }
        }
        ObjectNode eq = root.putObject("equilibria");
        for (Concept c : Concept.values()) {
            ids(eq.putArray(c.key()), r.stability().equilibria(c));
        }
        CoalitionResult co = r.coalitions();
        ObjectNode coalitions = root.putObject("coalitions");
        ids(coalitions.putArray("coalitionNash"), co.coalitionNash());
        ArrayNode improvable = coalitions.putArray("improvable");
        for (CoalitionResult.Coalition c : co.coalitions()) {
            ObjectNode one = improvable.addObject();
            ArrayNode members = one.putArray("members");
            c.members().forEach(m -> members.add(r.dmName(m)));
            ids(one.putArray("states"), c.improvable());
        }
        if (r.statusQuo() != null) {
            statusQuo(root.putObject("statusQuo"), r.statusQuo(), r);
        }
        return root;
    }

    private static void statusQuo(ObjectNode node, StatusQuoResult sq, ConflictReport r) {
        node.put("state", sq.statusQuo());
        ids(node.putArray("reachableByUnilateralImprovements"), sq.reachableUnilateral());
        ids(node.putArray("reachableByCoalitionImprovements"), sq.reachableCoalition());
        ArrayNode routes = node.putArray("routes");
        for (Route route : sq.routes()) {
            ObjectNode o = routes.addObject().put("to", route.target());
            ArrayNode concepts = o.putArray("equilibriumUnder");
            route.concepts().forEach(concepts::add);
            path(o, "unilateral", route.unilateral(), r);
            path(o, "coalition", route.coalition(), r);
        }
    }

    private static void path(ObjectNode o, String key, List<Step> steps, ConflictReport r) {
        if (steps == null) {
            o.putNull(key);
            return;
        }
        ArrayNode a = o.putArray(key);
        for (Step s : steps) {
            ObjectNode step = a.addObject();
            ArrayNode by = step.putArray("by");
            s.movers().forEach(m -> by.add(r.dmName(m)));
            step.put("from", s.from()).put("to", s.to());
        }
    }

    private static void ids(ArrayNode a, List<Integer> ids) {
        ids.forEach(a::add);
    }
}
