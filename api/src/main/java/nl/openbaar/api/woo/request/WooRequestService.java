package nl.openbaar.api.woo.request;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.api.woo.request.WooRequestCommands.Decide;
import nl.openbaar.api.woo.request.WooRequestCommands.Document;
import nl.openbaar.api.woo.request.WooRequestCommands.EndSuspension;
import nl.openbaar.api.woo.request.WooRequestCommands.Extend;
import nl.openbaar.api.woo.request.WooRequestCommands.Register;
import nl.openbaar.api.woo.request.WooRequestCommands.Step;
import nl.openbaar.api.woo.request.WooRequestCommands.Suspend;
import nl.openbaar.api.woo.request.deadline.Deadlines;
import nl.openbaar.api.woo.request.deadline.Extension;
import nl.openbaar.api.woo.request.deadline.Suspension;
import nl.openbaar.api.woo.request.deadline.SuspensionGround;
import nl.openbaar.api.woo.request.deadline.WooDeadline;
import nl.openbaar.api.woo.request.decision.Decision;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.decision.InventoryItem;
import nl.openbaar.api.woo.request.decision.Judgement;
import nl.openbaar.api.woo.request.decision.RefusalGround;
import nl.openbaar.api.woo.request.decision.RefusalGrounds;
import nl.openbaar.api.woo.request.rdf.RequestGraph;
import nl.openbaar.api.woo.request.rdf.WooCodes;
import nl.openbaar.api.woo.request.rdf.WooIris;
import nl.openbaar.api.woo.request.statistics.AnnualFigures;
import nl.openbaar.api.woo.request.statistics.StatisticsCube;
import nl.openbaar.api.woo.request.statistics.YearFigures;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/**
 * The Woo request register: registers requests and every step of their handling, checks each step against the law
 * and the request's state, keeps the private record under {@code <data>/woo/requests/} and the public part as RDF in
 * the store (one named graph per request, plus the codes and the annual figures). A refused step changes nothing.
 */
public final class WooRequestService {
    private static final int MAX_TEXT = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final WooRequestRepository repository;
    private final Store store;
    private final WooIris iris;
    private final WooDeadline engine;
    private final RefusalGrounds grounds;
    private final RequestGraph graphs;
    private final AnnualFigures figures;
    private final StatisticsCube cube;
    private final Clock clock;
    private volatile DecisionPublisher publisher = DecisionPublisher.NONE;

    public WooRequestService(WooRequestRepository repository, Store store, Iris iris, WooDeadline engine,
            RefusalGrounds grounds, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.iris = new WooIris(iris);
        this.engine = engine;
        this.grounds = grounds;
        this.graphs = new RequestGraph(this.iris, grounds);
        this.figures = new AnnualFigures(engine);
        this.cube = new StatisticsCube(this.iris, grounds);
        this.clock = clock;
    }

    /** The register over {@code <dataDir>/woo/requests} and the store, its public graphs brought up to date. */
    public static WooRequestService open(Store store, Iris iris, java.nio.file.Path dataDir) {
        WooRequestService service = new WooRequestService(new WooRequestRepository(dataDir), store, iris, WooDeadline.bundled(),
                RefusalGrounds.bundled(), Clock.system(java.time.ZoneId.of("Europe/Amsterdam")));
        service.publishAll();
        return service;
    }

    /** Decisions become publications through {@code publisher} from now on. */
    public void publishDecisionsWith(DecisionPublisher publisher) {
        this.publisher = publisher;
    }

    public WooDeadline engine() {
        return engine;
    }

    public RefusalGrounds grounds() {
        return grounds;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Makes the store's public Woo request graphs match the private records (the files are the source of truth): the
     * codes, one graph per request, the annual figures; graphs of requests that no longer exist are removed.
     */
    public synchronized void publishAll() {
        List<WooRequestRecord> all = repository.all();
        Set<String> wanted = new HashSet<>();
        all.forEach(r -> wanted.add(iris.requestGraph(r.id())));
        store.write(tx -> {
            tx.replaceGraph(iris.codesGraph(), WooCodes.build(grounds));
            for (String graph : tx.graphNames()) {
                if (graph.startsWith(iris.requestGraphPrefix()) && !wanted.contains(graph)) {
                    tx.removeGraph(graph);
                }
            }
            for (WooRequestRecord r : all) {
                tx.replaceGraph(iris.requestGraph(r.id()), graphs.build(publicOf(r), r.decision()));
            }
            tx.replaceGraph(iris.statisticsGraph(), cube.build(figures.compute(all)));
        });
    }

    // ---------------------------------------------------------------- reading

    public List<PublicWooRequest> publicList() {
        return repository.all().stream().map(r -> publicOf(r)).toList();
    }

    public Optional<WooRequestRecord> find(String id) {
        return repository.find(id);
    }

    public WooRequestRecord require(String id) {
        return repository.find(id).orElseThrow(() -> WooRequestException.notFound(id));
    }

    public PublicWooRequest publicView(WooRequestRecord r) {
        return publicOf(r);
    }

    private PublicWooRequest publicOf(WooRequestRecord r) {
        return PublicWooRequest.of(r, engine, publisher::isPublic);
    }

    /** Rebuilds the public graph of request {@code id}, e.g. when its decision's publication became public. */
    public synchronized void refreshPublic(String id) {
        repository.find(id).ifPresent(r -> store.write(tx -> tx.replaceGraph(iris.requestGraph(r.id()), graphs.build(publicOf(r), r.decision()))));
    }

    public StaffWooRequest staffView(WooRequestRecord r) {
        Deadlines d = r.deadlines(engine);
        Long overdue = !r.status().isFinal() && d.known() && today().isAfter(d.deadline())
                ? ChronoUnit.DAYS.between(d.deadline(), today()) : null;
        return new StaffWooRequest(PublicWooRequest.of(r, engine, publication -> true), r.requester(), r.suspensions(), r.extension(), r.forwardedTo(),
                r.history(), d, overdue, d.warnings());
    }

    /** Requests still open whose deadline has passed, most overdue first. */
    public List<StaffWooRequest> overdue() {
        return repository.all().stream().map(this::staffView).filter(v -> v.daysOverdue() != null)
                .sorted(Comparator.comparing(StaffWooRequest::daysOverdue).reversed()).toList();
    }

    public List<YearFigures> annualFigures() {
        return figures.compute(repository.all());
    }

    // ---------------------------------------------------------------- steps

    public synchronized WooRequestRecord register(Register c) {
        if (c == null) {
            throw WooRequestException.badInput("send the request as a JSON object");
        }
        LocalDate received = pastDate(c.receivedOn(), "receivedOn");
        String subject = text(c.subject(), "subject", true);
        Channel channel = Channel.ofCode(required(c.channel(), "channel")).orElseThrow(() -> WooRequestException.badInput(
                "channel must be one of " + codes(Channel.values()) + ", not '" + c.channel() + "'"));
        if (c.requester() == null) {
            throw WooRequestException.badInput("requester is required (name and contact details; they stay private)");
        }
        String email = text(c.requester().email(), "requester.email", false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw WooRequestException.badInput("requester.email is not an e-mail address");
        }
        Requester requester = new Requester(text(c.requester().name(), "requester.name", true), email,
                text(c.requester().phone(), "requester.phone", false), text(c.requester().address(), "requester.address", false));
        String id = repository.nextId(received.getYear());
        WooRequestRecord r = new WooRequestRecord(id, received, subject, channel, requester, null, List.of(), null, null,
                null, null, null, List.of(entry(received, "ontvangen", c.note())));
        return save(r);
    }

    public synchronized WooRequestRecord startHandling(String id, Step c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        if (r.handlingStartedOn() != null) {
            throw WooRequestException.conflict("request " + id + " is already in progress since " + r.handlingStartedOn());
        }
        LocalDate on = stepDate(r, c == null ? null : c.on(), "on");
        return save(r.with(entry(on, "in-behandeling", c.note()), b -> {
            b.handlingStartedOn = on;
            return b;
        }));
    }

    public synchronized WooRequestRecord suspend(String id, Suspend c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        if (c == null) {
            throw WooRequestException.badInput("send the suspension as a JSON object");
        }
        r.openSuspension().ifPresent(s -> {
            throw WooRequestException.conflict("request " + id + " is already suspended since " + s.noticeOn() + "; end that suspension first");
        });
        SuspensionGround ground = SuspensionGround.ofCode(required(c.ground(), "ground")).orElseThrow(() -> WooRequestException.badInput(
                "ground must be one of " + java.util.Arrays.stream(SuspensionGround.values()).map(SuspensionGround::code).toList()
                        + ", not '" + c.ground() + "'"));
        LocalDate notice = stepDate(r, c.noticeOn(), "noticeOn");
        r.suspensions().stream().map(Suspension::endedOn).filter(e -> e.isAfter(notice)).findFirst().ifPresent(e -> {
            throw WooRequestException.conflict("a suspension may not overlap the previous one, which ended on " + e);
        });
        LocalDate due = c.responseDueOn() == null ? null : date(c.responseDueOn(), "responseDueOn");
        Suspension suspension = legal(() -> new Suspension(ground, notice, null, due));
        Deadlines before = r.deadlines(engine);
        if (before.known() && notice.isAfter(before.deadline())) {
            throw WooRequestException.conflict("the term ended on " + before.deadline() + "; a suspension noticed on " + notice
                    + " cannot revive it (" + ground.basis() + ")");
        }
        return save(r.with(entry(notice, "opgeschort:" + ground.code(), c.note()), b -> {
            b.suspensions.add(suspension);
            return b;
        }));
    }

    public synchronized WooRequestRecord endSuspension(String id, int number, EndSuspension c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        if (number < 1 || number > r.suspensions().size()) {
            throw WooRequestException.notFound(id + "/suspensions/" + number);
        }
        Suspension s = r.suspensions().get(number - 1);
        if (!s.isOpen()) {
            throw WooRequestException.conflict("suspension " + number + " already ended on " + s.endedOn());
        }
        LocalDate ended = pastDate(c == null ? null : c.endedOn(), "endedOn");
        if (ended.isBefore(s.noticeOn())) {
            throw WooRequestException.badInput("endedOn (" + ended + ") is before the suspension's notice (" + s.noticeOn() + ")");
        }
        Suspension done = new Suspension(s.ground(), s.noticeOn(), ended, s.responseDueOn());
        return save(r.with(entry(ended, "opschorting-beeindigd", c.note()), b -> {
            b.suspensions.set(number - 1, done);
            return b;
        }));
    }

    public synchronized WooRequestRecord extend(String id, Extend c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        if (c == null) {
            throw WooRequestException.badInput("send the extension as a JSON object");
        }
        if (r.extension() != null) {
            throw WooRequestException.conflict("request " + id + " was already extended on " + r.extension().announcedOn()
                    + "; Woo art. 4.4 lid 2 allows one extension");
        }
        LocalDate announced = stepDate(r, c.announcedOn(), "announcedOn");
        int days = c.days() == null ? Extension.MAX_DAYS : c.days();
        Extension extension = legal(() -> new Extension(announced, days, text(c.reason(), "reason", true)));
        Deadlines after = engine.compute(r.receivedOn(), r.suspensions(), Optional.of(extension));
        if (after.known() && !after.extended()) {
            throw WooRequestException.conflict("the first term ended on " + r.deadlines(engine).firstTermEnd()
                    + "; an extension announced on " + announced + " has no effect (Woo art. 4.4 lid 2: before the first term ends)");
        }
        return save(r.with(entry(announced, "verdaagd", c.reason()), b -> {
            b.extension = extension;
            return b;
        }));
    }

    /** The decision and the warnings about it (unknown judgements, an outcome that does not fit the judgements). */
    public record Decided(WooRequestRecord request, List<String> warnings) {
    }

    /** Records the decision; with a publication register it also makes the decision's concept publication, or nothing on failure. */
    public synchronized Decided decide(nl.openbaar.api.staff.StaffMember who, String id, Decide c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        if (c == null) {
            throw WooRequestException.badInput("send the decision as a JSON object");
        }
        r.openSuspension().ifPresent(s -> {
            throw WooRequestException.conflict("the term of request " + id + " stands still since " + s.noticeOn()
                    + "; end the suspension first (its end date counts)");
        });
        LocalDate decidedOn = stepDate(r, c.decidedOn(), "decidedOn");
        DecisionOutcome outcome = DecisionOutcome.ofCode(required(c.outcome(), "outcome")).orElseThrow(() -> WooRequestException.badInput(
                "outcome must be one of " + codes(DecisionOutcome.values()) + ", not '" + c.outcome() + "'"));
        List<String> warnings = new ArrayList<>();
        List<InventoryItem> items = inventory(c.documents(), warnings);
        warnings.addAll(consistency(outcome, items));
        if (publisher != DecisionPublisher.NONE && (c.organisation() == null || c.organisation().isBlank())) {
            throw WooRequestException.badInput("organisation is required: the bestuursorgaan that decided (a TOOI organisation or a CBS"
                    + " code such as GM0402); the decision becomes a publication in its name");
        }
        Decision decision = new Decision(decidedOn, outcome, items, null);
        HistoryEntry step = entry(decidedOn, "besluit-genomen", c.note());
        // the concept publication first: when its metadata is refused, nothing is stored
        Optional<String> publication = publisher.publish(who, publicOf(r.with(step, b -> {
            b.decision = decision;
            return b;
        })), decision, c.organisation());
        Decision linked = publication.map(decision::withPublicationId).orElse(decision);
        WooRequestRecord saved = save(r.with(step, b -> {
            b.decision = linked;
            return b;
        }));
        return new Decided(saved, warnings);
    }

    public synchronized WooRequestRecord withdraw(String id, Step c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        LocalDate on = stepDate(r, c == null ? null : c.on(), "on");
        return save(r.with(entry(on, "ingetrokken", c.note()), b -> {
            b.withdrawnOn = on;
            return b;
        }));
    }

    public synchronized WooRequestRecord forward(String id, Step c) {
        WooRequestRecord r = require(id);
        requireOpen(r);
        LocalDate on = stepDate(r, c == null ? null : c.on(), "on");
        String to = text(c.to(), "to", true);
        return save(r.with(entry(on, "doorgezonden", c.note()), b -> {
            b.forwardedOn = on;
            b.forwardedTo = to;
            return b;
        }));
    }

    // ---------------------------------------------------------------- helpers

    private List<InventoryItem> inventory(List<Document> documents, List<String> warnings) {
        List<InventoryItem> items = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (Document d : documents == null ? List.<Document>of() : documents) {
            if (d == null) {
                throw WooRequestException.badInput("a document of the inventory is empty");
            }
            String number = text(d.number(), "documents[].number", true);
            if (!numbers.add(number)) {
                throw WooRequestException.badInput("document number " + number + " appears twice in the inventory");
            }
            Optional<Judgement> named = Judgement.named(d.judgement());
            Judgement judgement = named.orElse(Judgement.NIET_OPENBAAR);
            if (named.isEmpty()) {
                warnings.add("document " + number + ": judgement '" + d.judgement() + "' is not one of " + codes(Judgement.values())
                        + "; it counts as niet openbaar");
            }
            List<String> codes = new ArrayList<>();
            for (String given : d.grounds() == null ? List.<String>of() : d.grounds()) {
                RefusalGround ground = grounds.named(given).orElseThrow(() -> WooRequestException.badInput(
                        "document " + number + ": '" + given + "' is not a refusal ground of the Woo (art. 5.1, 5.2); known: "
                                + grounds.all().stream().map(RefusalGround::code).toList()));
                if (!codes.contains(ground.code())) {
                    codes.add(ground.code());
                }
            }
            if (named.isPresent() && judgement.withholds() && codes.isEmpty()) {
                throw WooRequestException.badInput("document " + number + " is judged '" + judgement.code()
                        + "': name the refusal grounds (every refusal is motivated per document)");
            }
            if (judgement.disclosed() && judgement != Judgement.DEELS_OPENBAAR && !codes.isEmpty()) {
                throw WooRequestException.badInput("document " + number + " is judged '" + judgement.code() + "' but cites refusal grounds");
            }
            String link = text(d.link(), "documents[].link", false);
            if (link != null) {
                URI uri = legal(() -> URI.create(link));
                if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                    throw WooRequestException.badInput("document " + number + ": link must be an absolute http(s) address");
                }
            }
            LocalDate date = d.date() == null || d.date().isBlank() ? null : date(d.date(), "documents[].date");
            items.add(new InventoryItem(number, text(d.title(), "documents[].title", false), date, judgement, codes,
                    text(d.explanation(), "documents[].explanation", false), link));
        }
        return items;
    }

    private static List<String> consistency(DecisionOutcome outcome, List<InventoryItem> items) {
        List<String> warnings = new ArrayList<>();
        boolean anyWithheld = items.stream().anyMatch(i -> i.judgement().withholds());
        boolean anyDisclosed = items.stream().anyMatch(i -> i.judgement().disclosed());
        boolean allAlreadyPublic = !items.isEmpty() && items.stream().allMatch(i -> i.judgement() == Judgement.REEDS_OPENBAAR);
        switch (outcome) {
            case GEEN_DOCUMENTEN -> {
                if (!items.isEmpty()) {
                    throw WooRequestException.badInput("outcome geen-documenten cannot have an inventory of " + items.size() + " documents");
                }
            }
            case OPENBAARMAKING -> {
                if (anyWithheld) {
                    warnings.add("outcome openbaarmaking, but the inventory withholds (part of) a document: gedeeltelijke-openbaarmaking?");
                }
            }
            case GEDEELTELIJKE_OPENBAARMAKING -> {
                if (!anyWithheld && !items.isEmpty()) {
                    warnings.add("outcome gedeeltelijke-openbaarmaking, but the inventory withholds nothing");
                }
            }
            case GEEN_OPENBAARMAKING -> {
                if (anyDisclosed) {
                    warnings.add("outcome geen-openbaarmaking, but the inventory discloses (part of) a document");
                }
            }
            case REEDS_OPENBAAR -> {
                if (!allAlreadyPublic && !items.isEmpty()) {
                    warnings.add("outcome reeds-openbaar, but not every document is judged reeds openbaar");
                }
            }
        }
        return warnings;
    }

    private WooRequestRecord save(WooRequestRecord r) {
        List<WooRequestRecord> all = new ArrayList<>(repository.all());
        all.removeIf(o -> o.id().equals(r.id()));
        all.add(r);
        WooRequestRepository.Staged staged = repository.stage(r);
        try {
            store.write(tx -> {
                tx.replaceGraph(iris.requestGraph(r.id()), graphs.build(publicOf(r), r.decision()));
                tx.replaceGraph(iris.statisticsGraph(), cube.build(figures.compute(all)));
            });
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        }
        staged.commit();
        return r;
    }

    private void requireOpen(WooRequestRecord r) {
        if (r.status().isFinal()) {
            throw WooRequestException.conflict("request " + r.id() + " is " + r.status().labelNl() + "; nothing more can happen to it");
        }
    }

    private HistoryEntry entry(LocalDate on, String event, String note) {
        return new HistoryEntry(on, event, text(note, "note", false), Instant.now(clock));
    }

    /** A date of a step: not in the future, not before receipt. */
    private LocalDate stepDate(WooRequestRecord r, String text, String field) {
        LocalDate date = pastDate(text, field);
        if (date.isBefore(r.receivedOn())) {
            throw WooRequestException.badInput(field + " (" + date + ") is before the request was received (" + r.receivedOn() + ")");
        }
        return date;
    }

    private LocalDate pastDate(String text, String field) {
        LocalDate date = date(required(text, field), field);
        if (date.isAfter(today())) {
            throw WooRequestException.badInput(field + " (" + date + ") is in the future");
        }
        return date;
    }

    private static LocalDate date(String text, String field) {
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 2014) {
                throw WooRequestException.badInput(field + " (" + date + ") is before 2014: the deadline rules start in 2014");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw WooRequestException.badInput(field + " must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw WooRequestException.badInput(field + " is required");
        }
        return text;
    }

    private static String text(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw WooRequestException.badInput(field + " is required");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw WooRequestException.badInput(field + " is longer than " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static <T> T legal(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw WooRequestException.badInput(e.getMessage());
        }
    }

    private static List<String> codes(Code[] values) {
        return java.util.Arrays.stream(values).map(Code::code).toList();
    }
}
