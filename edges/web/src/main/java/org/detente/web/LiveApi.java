package org.detente.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.detente.analysis.Analysis;
import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Analyzer;
import org.detente.analysis.RobustnessOptions;
import org.detente.formats.InputException;
import org.detente.formats.casefile.Format;
import org.detente.formats.casefile.RecordFiles;
import org.detente.model.Domain;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.report.AnalysisJson;
import org.detente.report.TrackJson;
import org.detente.track.TrackOptions;
import org.detente.track.TrackedCase;
import org.detente.track.Tracking;
import org.detente.web.store.Talks;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live talks (the Live page): the offers of a real negotiation of a case, entered as they are made,
 * kept as a negotiation record (docs/record.md) and tracked as {@code detente track} does — what
 * each offer is worth to us and, as we now believe, to them; what we believe of the counterpart; the
 * next offer from the plan's ladder. Every view is one side's: our preferences and utilities, the
 * counterpart only as we believe it (its preferences in the case are never shown, and without a
 * profile of it never read).
 *
 * <p>Routes under {@code /api/cases/{id}/live}: {@code POST} starts talks ({@code {"us", "counterpart",
 * "deadline", "seed"}} or {@code {"record": text}}), {@code GET} lists them; {@code GET /{talk}} is the
 * view, {@code POST /{talk}/offers} adds an offer ({@code {"by", "outcome", "when", "note"}}),
 * {@code DELETE /{talk}/offers/last} takes the last one back (a slip of the hand), {@code GET
 * /{talk}/record?format=yaml|json} downloads the record file.
 */
final class LiveApi {
    /** Most offers kept in one talk (a stated limit: 422 beyond). */
    static final int MAX_OFFERS = 10_000;
    /** Longest note, in characters. */
    static final int MAX_NOTE = 2_000;
    /** Sampled counterparts of the plan's robustness analysis, as {@code track}'s default. */
    static final int SAMPLES = 2_000;
    private static final int VIEWS_KEPT = 16;
    private final Workbench wb;
    /** Computed views by talk, offers, case revision and last change: the update and the plan take seconds. */
    private final Map<String, ObjectNode> views = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ObjectNode> eldest) {
            return size() > VIEWS_KEPT;
        }
    };

    LiveApi(Workbench wb) {
        this.wb = wb;
    }

    void register(RoutesConfig r) {
        r.post("/api/cases/{id}/live", this::create);
        r.get("/api/cases/{id}/live", this::list);
        r.get("/api/cases/{id}/live/{talk}", ctx -> {
            Workbench.Loaded c = wb.load(ctx.pathParam("id"));
            ctx.json(view(c, talk(c, ctx.pathParam("talk"))));
        });
        r.post("/api/cases/{id}/live/{talk}/offers", this::offer);
        r.delete("/api/cases/{id}/live/{talk}/offers/last", this::undo);
        r.get("/api/cases/{id}/live/{talk}/record", this::export);
    }

    private void create(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ObjectNode req = Requests.object(ctx);
        long seed = Requests.longValue(req, "seed", 1);
        NegotiationCase model = c.model();
        NegotiationRecord r;
        if (req.has("record")) {
            String text = Requests.string(req, "record");
            try {
                r = RecordFiles.read("record", text, text.stripLeading().startsWith("{") ? Format.JSON : Format.YAML,
                        RecordFiles.Scenario.of(model));
            } catch (InputException e) {
                throw e.limit() ? new ApiException(422, "record", "limit: " + e.getMessage())
                        : ApiException.badRequest("record", e.getMessage());
            }
        } else {
            Requests.Sides sides = Requests.sides(model, req, "us");
            r = new NegotiationRecord(model.name(), sides.us(), sides.them(), deadline(req.get("deadline")), List.of());
        }
        if (r.offers().size() > MAX_OFFERS) {
            throw new ApiException(422, "record", "limit: at most " + MAX_OFFERS + " offers are kept, not " + r.offers().size());
        }
        Talks.Row row = wb.store().talks().create(c.row().id(), RecordFiles.toText(r, model.domain(), Format.JSON),
                r.offers().size(), seed);
        ctx.status(201).json(view(c, row));
    }

    private void list(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        ArrayNode out = Requests.JSON.createArrayNode();
        for (Talks.Row t : wb.store().talks().list(c.row().id())) {
            JsonNode rec = Requests.parse(t.record());
            out.addObject().put("id", t.id()).put("us", rec.get("us").asString())
                    .put("counterpart", rec.get("counterpart").asString()).put("offers", t.offers())
                    .put("created", t.created()).put("updated", t.updated());
        }
        ctx.json(out);
    }

    private void offer(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        Talks.Row t = talk(c, ctx.pathParam("talk"));
        NegotiationRecord r = read(c, t);
        ObjectNode body = Requests.object(ctx);
        if (r.offers().size() >= MAX_OFFERS) {
            throw new ApiException(422, "", "limit: at most " + MAX_OFFERS + " offers are kept in one talk");
        }
        String by = Requests.string(body, "by");
        if (!by.equals(r.us()) && !by.equals(r.counterpart())) {
            throw ApiException.badRequest("by", "must be '" + r.us() + "' (us) or '" + r.counterpart()
                    + "' (the counterpart), not '" + by + "'");
        }
        Domain d = c.model().domain();
        Outcome outcome = PlayViews.outcome(d, body);
        Optional<NegotiationRecord.When> when = when(body.get("when"), "when");
        JsonNode noteNode = body.get("note");
        String note = "";
        if (noteNode != null && !noteNode.isNull()) {
            if (!noteNode.isString()) {
                throw ApiException.badRequest("note", "must be text");
            }
            note = noteNode.asString();
            if (note.length() > MAX_NOTE) {
                throw ApiException.badRequest("note", "at most " + MAX_NOTE + " characters, not " + note.length());
            }
        }
        List<NegotiationRecord.Offer> offers = new ArrayList<>(r.offers());
        offers.add(new NegotiationRecord.Offer(by, outcome, when, note));
        ctx.status(201).json(view(c, replace(c, t, r, offers)));
    }

    private void undo(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        Talks.Row t = talk(c, ctx.pathParam("talk"));
        NegotiationRecord r = read(c, t);
        if (r.offers().isEmpty()) {
            throw new ApiException(409, "", "there is no offer to take back");
        }
        ctx.json(view(c, replace(c, t, r, r.offers().subList(0, r.offers().size() - 1))));
    }

    private Talks.Row replace(Workbench.Loaded c, Talks.Row t, NegotiationRecord r, List<NegotiationRecord.Offer> offers) {
        NegotiationRecord next = new NegotiationRecord(r.scenario(), r.us(), r.counterpart(), r.deadline(), offers);
        return wb.store().talks().replace(t.id(), t.offers(), RecordFiles.toText(next, c.model().domain(), Format.JSON),
                offers.size()).orElseThrow(() -> new ApiException(409, "", "these talks changed meanwhile: reload them"));
    }

    private void export(Context ctx) {
        Workbench.Loaded c = wb.load(ctx.pathParam("id"));
        Talks.Row t = talk(c, ctx.pathParam("talk"));
        String format = ctx.queryParam("format") == null ? "yaml" : ctx.queryParam("format");
        if (!format.equals("yaml") && !format.equals("json")) {
            throw ApiException.badRequest("format", "must be yaml or json, not '" + format + "'");
        }
        NegotiationRecord r = read(c, t);
        ctx.contentType(format.equals("json") ? "application/json" : "application/yaml")
                .header("Content-Disposition", "attachment; filename=\"talks-" + t.id() + "." + format + "\"")
                .result(RecordFiles.toText(r, c.model().domain(), format.equals("json") ? Format.JSON : Format.YAML));
    }

    private Talks.Row talk(Workbench.Loaded c, String id) {
        return wb.store().talks().get(id).filter(t -> t.caseId().equals(c.row().id()))
                .orElseThrow(() -> ApiException.notFound("no talks with id '" + id + "' in case '" + c.row().id() + "'"));
    }

    /** The stored record, read against the case as it is now (it may have been edited since). */
    private static NegotiationRecord read(Workbench.Loaded c, Talks.Row t) {
        NegotiationCase model = c.model();
        String name = Requests.parse(t.record()).path("case").asString("");
        var scenario = new RecordFiles.Scenario(List.of(model.name(), model.domain().name(), name), model.domain(),
                model.partyNames());
        try {
            return RecordFiles.read("talks " + t.id(), t.record(), Format.JSON, scenario);
        } catch (InputException e) {
            throw new ApiException(409, "", "the case changed since these talks were recorded: " + e.getMessage()
                    + " (download the record, or undo the change to the case)");
        }
    }

    /** The view: the record, the tracking, the beliefs and the dance as we see it. */
    private ObjectNode view(Workbench.Loaded c, Talks.Row t) {
        String key = t.id() + "@" + t.offers() + "@" + t.updated() + "@" + c.row().revision();
        synchronized (views) {
            ObjectNode v = views.get(key);
            if (v != null) {
                return v;
            }
        }
        NegotiationRecord r = read(c, t);
        NegotiationCase model = c.model();
        TrackedCase tc = TrackedCase.of(model, r, AnalysisOptions.defaults(), RobustnessOptions.of(SAMPLES, t.seed()),
                TrackOptions.of(t.seed()));
        Tracking tracking = tc.tracking();
        Domain d = model.domain();
        Party us = model.party(model.partyIndex(r.us()));
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", t.id()).put("caseId", c.row().id()).put("caseRevision", c.row().revision()).put("seed", t.seed())
                .put("created", t.created()).put("updated", t.updated());
        o.put("us", r.us()).put("counterpart", r.counterpart());
        o.put("prior", model.preparation().profile(r.us(), r.counterpart()).isPresent() ? "profile" : "uninformed");
        o.set("record", Requests.parse(t.record()));
        ArrayNode issues = o.putArray("issues");
        for (int i = 0; i < d.size(); i++) {
            ArrayNode values = issues.addObject().put("name", d.issue(i).name()).putArray("values");
            for (int v = 0; v < d.issue(i).cardinality(); v++) {
                values.add(d.issue(i).label(v));
            }
        }
        ObjectNode best = o.putObject("best");
        d.labels(new Outcome(OwnBest.of(us, d))).forEach(best::put);
        o.put("ourReservation", us.preferences().reservationValue());
        o.set("track", TrackJson.tree(tc.c(), r, tracking));
        o.set("dance", dance(model, us, r, tracking));
        synchronized (views) {
            views.put(key, o);
        }
        return o;
    }

    /**
     * The agreement space as we believe it — our utility against the counterpart's believed one (the
     * posterior mean): its frontier and solutions, the offers of both sides, and the next offer.
     */
    private static ObjectNode dance(NegotiationCase model, Party us, NegotiationRecord r, Tracking t) {
        Party them = new Party(r.counterpart(), new Preferences(t.believed(),
                t.estimate().reservation().mean(), 1, List.of()));
        NegotiationCase believed = new NegotiationCase(model.name(), "", model.domain(), List.of(us, them));
        Analysis a = Analyzer.analyze(believed, AnalysisOptions.defaults());
        ObjectNode o = Requests.JSON.createObjectNode();
        o.set("analysis", AnalysisJson.tree(model.name(), model.domain(), a, null, List.of()));
        ArrayNode offers = o.putArray("offers");
        for (Tracking.TrackedOffer x : t.offers()) {
            ObjectNode n = offers.addObject().put("party", x.by()).put("time", x.time());
            model.domain().labels(x.outcome()).forEach(n.putObject("outcome")::put);
            n.putArray("utilities").add(x.ourUtility()).add(x.theirUtility().mean());
            if (!us.preferences().allows(x.outcome().toArray())) {
                n.putArray("crossesRedLineOf").add(us.name());
            }
        }
        if (t.next().isPresent()) {
            Tracking.Next x = t.next().get();
            ObjectNode n = o.putObject("next");
            model.domain().labels(x.outcome()).forEach(n.putObject("outcome")::put);
            n.putArray("utilities").add(x.ourUtility()).add(t.believed().utility(x.outcome().toArray()));
        } else {
            o.putNull("next");
        }
        return o;
    }

    private static Optional<NegotiationRecord.When> deadline(JsonNode n) {
        return when(n, "deadline");
    }

    /** A round (a whole number from 1) or a date-time with its offset (RFC 3339), or nothing. */
    private static Optional<NegotiationRecord.When> when(JsonNode n, String field) {
        if (n == null || n.isNull() || (n.isString() && n.asString().isBlank())) {
            return Optional.empty();
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            if (n.asLong() < 1) {
                throw ApiException.badRequest(field, "rounds count from 1, not " + n.asLong());
            }
            return Optional.of(new NegotiationRecord.Round(n.asLong()));
        }
        if (n.isString()) {
            try {
                return Optional.of(new NegotiationRecord.At(OffsetDateTime.parse(n.asString())));
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(field, "a date-time with its offset (e.g. 2026-12-03T09:00:00Z) or a round,"
                        + " not '" + n.asString() + "'");
            }
        }
        throw ApiException.badRequest(field, "a round (a whole number from 1) or a date-time, not " + n);
    }
}
