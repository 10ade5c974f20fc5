package nl.openbaar.api.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.openbaar.api.rest.budget.BudgetFigureFilter;
import nl.openbaar.api.rest.budget.BudgetFigureQuery;
import nl.openbaar.api.rest.dataset.DatasetFilter;
import nl.openbaar.api.rest.dataset.DatasetQuery;
import nl.openbaar.api.rest.document.DocumentFilter;
import nl.openbaar.api.rest.document.DocumentQuery;
import nl.openbaar.api.rest.document.SectionQuery;
import nl.openbaar.api.rest.document.TextQueries;
import nl.openbaar.api.rest.indicator.IndicatorFilter;
import nl.openbaar.api.rest.indicator.IndicatorQuery;
import nl.openbaar.api.rest.indicator.IndicatorValueFilter;
import nl.openbaar.api.rest.indicator.IndicatorValueQuery;
import nl.openbaar.api.rest.model.BudgetFigure;
import nl.openbaar.api.rest.model.BudgetFigureList;
import nl.openbaar.api.rest.model.Dataset;
import nl.openbaar.api.rest.model.DatasetKind;
import nl.openbaar.api.rest.model.DatasetList;
import nl.openbaar.api.rest.model.Document;
import nl.openbaar.api.rest.model.DocumentList;
import nl.openbaar.api.rest.model.Flow;
import nl.openbaar.api.rest.model.Indicator;
import nl.openbaar.api.rest.model.IndicatorList;
import nl.openbaar.api.rest.model.IndicatorValue;
import nl.openbaar.api.rest.model.IndicatorValueList;
import nl.openbaar.api.rest.model.Municipality;
import nl.openbaar.api.rest.model.MunicipalityList;
import nl.openbaar.api.rest.model.Phase;
import nl.openbaar.api.rest.model.ReportKind;
import nl.openbaar.api.rest.model.Section;
import nl.openbaar.api.rest.model.SectionList;
import nl.openbaar.api.rest.model.ValueKind;
import nl.openbaar.api.rest.municipality.MunicipalityQuery;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/**
 * The finance part of the JSON/CSV API ({@code /api/v1/...}, described in openapi.yaml): municipalities, budget
 * figures, indicators and their values, documents and their sections, and the datasets of the catalog; plus the
 * Swagger UI at {@code /api/docs}.
 */
public final class RestApi {
    /** The default budget of rendered answers kept per store version. */
    public static final long DEFAULT_CACHE_BYTES = 32L * 1024 * 1024;
    private static final java.util.regex.Pattern INDICATOR_ID = java.util.regex.Pattern.compile("gm\\d{4}/[a-z0-9_-]{1,200}");

    private RestApi() {
    }

    public static void register(RoutesConfig routes, Store store, Iris iris) {
        register(routes, store, iris, DEFAULT_CACHE_BYTES);
    }

    /** @param cacheBytes the budget of the answer cache; 0 reads the store for every request */
    public static void register(RoutesConfig routes, Store store, Iris iris, long cacheBytes) {
        ResponseCache cache = new ResponseCache(cacheBytes);
        routes.exception(ApiProblem.class, (e, ctx) -> e.problem().answer(ctx));

        MunicipalityQuery municipalities = new MunicipalityQuery(store, iris);
        new ListEndpoint<>("/api/v1/municipalities", "Gemeenten met gegevens", Municipality.class, Set.of("sort"),
                (ctx, p) -> {
                    SortOrder order = Parameters.checked(() -> MunicipalityQuery.sort(p.text("sort")));
                    return paging -> municipalities.find(order, paging);
                },
                (items, paging, total) -> new MunicipalityList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);
        new ItemEndpoint("/api/v1/municipalities/{code}", ctx -> {
            String code = ctx.pathParam("code");
            return () -> Parameters.municipalityCode(code).flatMap(m -> municipalities.find(m.code()));
        }, ctx -> ApiProblem.notFound("unknown-municipality", "'" + ctx.pathParam("code")
                + "' is not the CBS code of a municipality in the TOOI list (e.g. GM0402)"), store, cache).register(routes);

        BudgetFigureQuery figures = new BudgetFigureQuery(store, iris);
        new ListEndpoint<>("/api/v1/budget-figures", "Begrotingscijfers", BudgetFigure.class,
                Set.of("municipality", "year", "programme", "line", "taakveld", "phase", "flow", "document", "sort"),
                (ctx, p) -> {
                    BudgetFigureFilter filter = new BudgetFigureFilter(p.municipality(), p.year(), p.text("programme"), p.text("line"),
                            p.taakveld(), p.choice("phase", Phase::fromValue, names(Phase.values())),
                            p.choice("flow", Flow::fromValue, names(Flow.values())), p.documentId("document"));
                    SortOrder order = Parameters.checked(() -> BudgetFigureQuery.sort(p.text("sort")));
                    return paging -> figures.find(filter, order, paging);
                },
                (items, paging, total) -> new BudgetFigureList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);

        IndicatorQuery indicators = new IndicatorQuery(store, iris);
        new ListEndpoint<>("/api/v1/indicators", "Indicatoren", Indicator.class, Set.of("municipality", "programme", "sort"),
                (ctx, p) -> {
                    IndicatorFilter filter = new IndicatorFilter(p.municipality(), p.text("programme"));
                    SortOrder order = Parameters.checked(() -> IndicatorQuery.sort(p.text("sort")));
                    return paging -> indicators.find(filter, order, paging);
                },
                (items, paging, total) -> new IndicatorList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);

        IndicatorValueQuery values = new IndicatorValueQuery(store, iris);
        new ListEndpoint<>("/api/v1/indicator-values", "Indicatorwaarden", IndicatorValue.class,
                Set.of("municipality", "indicator", "year", "valueKind", "targetMet", "document", "sort"),
                (ctx, p) -> {
                    IndicatorValueFilter filter = new IndicatorValueFilter(p.municipality(),
                            p.pattern("indicator", INDICATOR_ID, "an indicator id such as gm0637/gemiddeld-rapportcijfer (see /api/v1/indicators)"),
                            p.year(), p.choice("valueKind", ValueKind::fromValue, names(ValueKind.values())), p.bool("targetMet"),
                            p.documentId("document"));
                    SortOrder order = Parameters.checked(() -> IndicatorValueQuery.sort(p.text("sort")));
                    return paging -> values.find(filter, order, paging);
                },
                (items, paging, total) -> new IndicatorValueList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);

        DocumentQuery documents = new DocumentQuery(store, iris);
        new ListEndpoint<>("/api/v1/documents", "Documenten", Document.class, Set.of("municipality", "year", "reportKind", "q", "sort"),
                (ctx, p) -> {
                    String q = p.text("q");
                    DocumentFilter filter = new DocumentFilter(p.municipality(), p.year(),
                            p.choice("reportKind", ReportKind::fromValue, names(ReportKind.values())),
                            q == null ? null : Parameters.checked(() -> TextQueries.check(q)));
                    SortOrder order = Parameters.checked(() -> DocumentQuery.sort(p.text("sort"), q != null));
                    return paging -> documents.find(filter, order, paging);
                },
                (items, paging, total) -> new DocumentList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);
        new ItemEndpoint("/api/v1/documents/{id}", ctx -> {
            String id = documentId(ctx);
            return () -> id == null ? Optional.empty() : documents.find(id);
        }, RestApi::unknownDocument, store, cache).register(routes);

        SectionQuery sections = new SectionQuery(store, iris);
        new ListEndpoint<>("/api/v1/documents/{id}/sections", "Secties van een document", Section.class, Set.of("q"),
                (ctx, p) -> {
                    String id = documentId(ctx);
                    String q = p.text("q");
                    if (q != null) {
                        Parameters.checked(() -> TextQueries.check(q));
                    }
                    if (id == null) {
                        throw unknownDocument(ctx);
                    }
                    return paging -> sections.find(id, q, paging).orElseThrow(() -> unknownDocument(ctx));
                },
                (items, paging, total) -> new SectionList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache)
                .requiring(ctx -> {
                    String id = documentId(ctx);
                    if (id == null || !documents.exists(id)) {
                        throw unknownDocument(ctx);
                    }
                })
                .register(routes);

        DatasetQuery datasets = new DatasetQuery(store, iris);
        new ListEndpoint<>("/api/v1/datasets", "Datasets van de catalogus", Dataset.class, Set.of("municipality", "year", "kind"),
                (ctx, p) -> {
                    DatasetFilter filter = new DatasetFilter(p.municipality(), p.year(),
                            p.choice("kind", DatasetKind::fromValue, names(DatasetKind.values())));
                    return paging -> datasets.find(filter, paging);
                },
                (items, paging, total) -> new DatasetList().items(items).page(paging.page()).pageSize(paging.pageSize()).total((int) total),
                store, cache).register(routes);

        SwaggerUi.register(routes);
    }

    private static String documentId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Iris.requireSourceId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ApiProblem unknownDocument(Context ctx) {
        return ApiProblem.notFound("unknown-document", "there is no document '" + ctx.pathParam("id") + "'; see /api/v1/documents");
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Object::toString).toList();
    }
}
