package org.onewindow;

import java.time.Clock;
import java.util.Arrays;
import org.onewindow.config.AppConfig;
import org.onewindow.config.ConfigException;
import org.onewindow.config.ConfigLoader;
import org.onewindow.content.CheckCommand;
import org.onewindow.logging.LogFormats;
import org.onewindow.staff.StaffCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar onewindow.jar [--config FILE] [--port N] …}: reads the configuration and runs a node;
 * {@code … check [--knowledge-base DIR] [--connectors DIR]} checks the content instead, and
 * {@code … staff …} manages staff accounts.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            // Before anything else: the check reads files only, so no logging set-up, server or store.
            System.exit(CheckCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals("staff")) {
            System.exit(StaffCommand.run(
                    Arrays.asList(args).subList(1, args.length),
                    System.getenv(),
                    System.in,
                    System.out,
                    System.err,
                    OneWindow::openStaffStore));
            return;
        }
        AppConfig config;
        try {
            config = ConfigLoader.load(Arrays.asList(args), System.getenv());
        } catch (ConfigException e) {
            System.err.println("onewindow: invalid configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        LogFormats.use(config.logFormat());
        OneWindow node;
        try {
            node = OneWindow.start(config, Clock.systemUTC());
        } catch (PortInUseException e) {
            System.err.println("onewindow: could not start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (org.onewindow.connector.ConnectorConfigException e) {
            System.err.println("onewindow: invalid connector configuration: " + e.getMessage());
            System.exit(2);
            return;
        } catch (org.onewindow.process.ProcessDefinitionException e) {
            System.err.println("onewindow: invalid knowledge-base configuration: " + e.getMessage());
            System.exit(2);
            return;
        } catch (Exception e) {
            LOG.error("onewindow: could not start: {}", e.toString());
            System.err.println("onewindow: could not start: " + rootMessage(e));
            System.exit(1);
            return;
        }
        LOG.info(
                "OneWindow listening on http://{}:{}/ ({})",
                displayHost(config.host()),
                node.port(),
                node.describe(config));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                node.stop();
                            } catch (Exception e) {
                                LOG.warn("shutdown was not clean: {}", e.toString());
                            }
                        },
                        "onewindow-shutdown"));
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
