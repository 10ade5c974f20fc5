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
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The embedded store: a TDB2 database in a directory, with the union of the named graphs as default graph. */
public final class TdbStore implements Store {
    private final Path directory;
    private final DatasetGraph datasetGraph;
    private final Dataset dataset;

    private TdbStore(Path directory, DatasetGraph datasetGraph) {
        this.directory = directory;
        this.datasetGraph = datasetGraph;
        this.dataset = DatasetFactory.wrap(datasetGraph);
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the TDB2 database in {@code directory}, creating it when it does not exist. */
    public static TdbStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + directory, e);
        }
        return new TdbStore(directory, DatabaseMgr.connectDatasetGraph(directory.toString()));
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
    }

    @Override
    public void close() {
        TDBInternal.expel(datasetGraph);
    }

    private final class Transaction implements WriteTransaction {
        @Override
        public QueryExecution query(Query query, java.time.Duration timeout) {
            var builder = QueryExecution.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            if (timeout != null) {
                builder = builder.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return builder.build();
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

        @Override
        public void replaceGraph(String graphIri, Model content) {
            dataset.removeNamedModel(graphIri);
            if (!content.isEmpty()) {
                dataset.addNamedModel(graphIri, content);
            }
        }

        @Override
        public void removeGraph(String graphIri) {
            dataset.removeNamedModel(graphIri);
        }
    }
}
