package org.citycoop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.InputText;

/** Making a store folder safely, and saying truly why one cannot be opened. */
final class StoreFolder {
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    private StoreFolder() {
    }

    /** Makes a complete, empty store in {@code folder} unless it holds something already. */
    static void createIfAbsent(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(target) && !isEmptyFolder(target)) {
            return;
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "cannot open the store in " + folder
                + ": it is a file, not a folder (choose another with --store)");
        }
        Path making = null;
        try {
            Files.createDirectories(target.getParent());
            deleteAbandoned(target);
            making = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-");
            initialise(making);
            // rename(2) is atomic and replaces an empty folder: the store appears complete or not at all
            Files.move(making, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(making);
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "cannot create a store in " + folder + ": "
                + InputText.printable(String.valueOf(e.getMessage())) + " (choose another folder with --store)", e);
        }
    }

    /** Creates TDB2's files and commits one transaction through every index, then lets go of the folder. */
    private static void initialise(Path folder) {
        DatasetGraph made = DatabaseMgr.connectDatasetGraph(Location.create(folder.toString()));
        Quad probe = Quad.create(NodeFactory.createURI("urn:x-citycoop:new"), NodeFactory.createURI("urn:x-citycoop:new"),
            NodeFactory.createURI("urn:x-citycoop:new"), NodeFactory.createURI("urn:x-citycoop:new"));
        Txn.executeWrite(made, () -> {
            made.add(probe);
            made.delete(probe);
        });
        TDBInternal.expel(made);
    }

    /** The error for a store that exists but cannot be opened: in use by another process, or damaged. */
    static CityCoopException cannotOpen(Path folder, RuntimeException e) {
        String message = InputText.printable(String.valueOf(e.getMessage()));
        if (e instanceof DBOpEnvException && message.contains("lock")) {
            Matcher holder = HOLDER.matcher(message);
            String who = holder.find() ? "process " + holder.group(1) : "another process";
            String served = ServedAt.read(folder).map(url -> " (the server at " + url + "): write through its "
                + "/ds/update and /ds/data with the admin's credentials, or stop it first").orElse(
                " (stop it first, or choose another store with --store)");
            return new CityCoopException(ErrorId.STORE_UNAVAILABLE, "the store in " + folder + " is in use by " + who
                + served, e);
        }
        return new CityCoopException(ErrorId.STORE_UNAVAILABLE, "the store in " + folder + " cannot be read: " + message
            + " (it is damaged or not a CityCoop store: restore a backup, or delete the folder and load again)", e);
    }

    /** Half-made stores of processes killed while making one: any that has not changed for a minute. */
    private static void deleteAbandoned(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".new-";
        long minuteAgo = System.currentTimeMillis() - 60_000;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                if (Files.getLastModifiedTime(sibling).toMillis() < minuteAgo) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover hidden folder beside the store is harmless; the error that matters is being reported
        }
    }
}
