package nl.openbaar.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded store: a TDB2 database ({@code tdb2/}) with a Lucene full-text index ({@code text/}) in one directory;
 * the default graph is the union of the named graphs.
 */
public final class TdbStore implements Store {
    private final Path directory;
    private final DatasetGraph tdb;
    private final DatasetGraph datasetGraph;
    private final Dataset dataset;
    /** Differs per opening; with the count of committed writes it makes {@link #version()}. */
    private final String opening = Long.toHexString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    private TdbStore(Path directory, DatasetGraph tdb, Dataset textDataset) {
        this.directory = directory;
        this.tdb = tdb;
        this.dataset = textDataset;
        this.datasetGraph = textDataset.asDatasetGraph();
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code directory}, creating it when it does not exist; a missing text index is rebuilt. */
    public static TdbStore open(Path directory) {
        Path text = directory.resolve("text");
        boolean indexMissing = !Files.isDirectory(text);
        try {
            Files.createDirectories(directory.resolve("tdb2"));
            Files.createDirectories(text);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(directory.resolve("tdb2").toString());
            Dataset textDataset = TextDatasetFactory.createLucene(DatasetFactory.wrap(tdb), FSDirectory.open(text), TextIndexing.config());
            TdbStore store = new TdbStore(directory, tdb, textDataset);
            if (indexMissing) {
                store.reindex();
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store in " + directory, e);
        }
    }

    /** Feeds every indexed literal of the store to the text index again (for a store whose index was lost). */
    private void reindex() {
        Txn.executeWrite(dataset, () -> {
            List<Quad> indexed = new ArrayList<>();
            datasetGraph.find().forEachRemaining(q -> {
                if (TextIndexing.isIndexed(q.getPredicate())) {
                    indexed.add(q);
                }
            });
            indexed.forEach(q -> {
                datasetGraph.delete(q);
                datasetGraph.add(q);
            });
        });
    }

    public Path directory() {
        return directory;
    }

    @Override
    public <T> T read(Function<ReadTransaction, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(new Transaction()));
    }

    @Override
    public void write(Consumer<WriteTransaction> work) {
        Txn.executeWrite(dataset, () -> work.accept(new Transaction()));
        commits.incrementAndGet(); // after the commit: a reader that sees the new version sees the new data
    }

    @Override
    public String version() {
        return opening + "-" + commits.get();
    }

    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(tdb);
    }

    private final class Transaction implements WriteTransaction {
        @Override
        public QueryExecution query(Query query, java.time.Duration timeout, DatasetDescription given) {
            // with the union default graph set, TDB2 would ignore the query's own FROM and FROM NAMED
            DatasetDescription description = given == null && query.hasDatasetDescription() ? DatasetDescription.create(query) : given;
            var builder = description == null
                    ? QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true)
                    : QueryExecution.dataset(DynamicDatasets.dynamicDataset(description, dataset, false)).query(withoutDataset(query));
            if (timeout != null) {
                builder = builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return builder.build();
        }

        private static Query withoutDataset(Query query) {
            Query copy = query.cloneQuery();
            copy.getGraphURIs().clear();
            copy.getNamedGraphURIs().clear();
            return copy;
        }

        @Override
        public List<String> graphNames() {
            List<String> names = new ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            return names;
        }

        @Override
        public boolean containsGraph(String graphIri) {
            return dataset.containsNamedModel(graphIri);
        }

        @Override
        public Model graph(String graphIri) {
            return ModelFactory.createDefaultModel().add(dataset.getNamedModel(graphIri));
        }

        @Override
        public long size() {
            return Iter.count(datasetGraph.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
        }

        /** Quad by quad, so that the text index sees every delete and add (removing a whole graph bypasses it). */
        @Override
        public void replaceGraph(String graphIri, Model content) {
            removeGraph(graphIri);
            Node graph = NodeFactory.createURI(graphIri);
            content.getGraph().find().forEachRemaining(t -> datasetGraph.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }

        @Override
        public void removeGraph(String graphIri) {
            Node graph = NodeFactory.createURI(graphIri);
            List<Quad> quads = new ArrayList<>();
            datasetGraph.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            quads.forEach(datasetGraph::delete);
        }
    }
}
