package org.citycoop.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionBackup;
import org.apache.jena.fuseki.mgt.ActionBackupList;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.atlas.web.AuthScheme;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;

/**
 * Writes and administration for the one admin, on a server started with credentials. Access is decided by Jetty's
 * security handler on the path Jetty dispatches (so {@code /$/x/../backup} is {@code /$/backup}) and again by
 * Fuseki's authorisation policy on each write endpoint: SPARQL Update at {@code /ds/update}, the Graph Store
 * Protocol at {@code /ds/data}, and under {@code /$/} backups, the task list and compaction. Creating or deleting
 * datasets over HTTP is not offered: the server serves the one store it was started on. Repeated wrong passwords
 * from one address are slowed down.
 */
final class AdminModule implements FusekiModule {
    /** Administration paths the query editor reads without credentials. */
    static final List<String> OPEN_PATHS = List.of("/$/ping", "/$/server", "/$/stats", "/$/stats/*");
    private final Credentials credentials;
    private final Path backups;

    AdminModule(Credentials credentials, Path backups) {
        this.credentials = credentials;
        this.backups = backups;
    }

    @Override
    public String name() {
        return "CityCoop administration";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.securityHandler(securityHandler());
        AuthPolicy admin = Auth.policyAllowSpecific(credentials.user());
        builder.addEndpoint(CityCoopServer.DATASET, "update", Operation.Update, admin)
            .addEndpoint(CityCoopServer.DATASET, "data", Operation.GSP_RW, admin);
        useBackupFolder();
        ActionBackup backup = new ActionBackup();
        builder.addServlet("/$/backup/*", backup)
            .addServlet("/$/backups/*", backup)
            .addServlet("/$/backups-list", new ActionBackupList())
            .enableTasks(true)
            .enableCompact(true);
    }

    private ConstraintSecurityHandler securityHandler() {
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(CityCoopServer.REALM,
            JettySecurityLib.makeUserStore(credentials.user(), credentials.password()), AuthScheme.BASIC);
        security.setAuthenticator(new ThrottledBasicAuthenticator(new FailedLogins(Clock.systemUTC())));
        JettySecurityLib.addPathConstraint(security, "/$/*");
        for (String open : OPEN_PATHS) {
            ConstraintMapping mapping = new ConstraintMapping();
            mapping.setPathSpec(open);
            mapping.setConstraint(Constraint.ALLOWED);
            security.addConstraintMapping(mapping);
        }
        return security;
    }

    /** Fuseki's backup actions write to one folder, fixed for the process. */
    private void useBackupFolder() {
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "--backups " + backups + ": cannot create the folder: "
                + e.getMessage(), e);
        }
        FusekiServerCtl.dirBackups = backups.toAbsolutePath();
    }
}
