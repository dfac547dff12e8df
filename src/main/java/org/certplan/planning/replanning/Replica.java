package org.certplan.planning.replanning;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This replica's name: configured, or the host name (the pod name on Kubernetes), which survives a restart. */
@ApplicationScoped
public class Replica {

    private final String id;

    public Replica(ReplanningConfig config) {
        this.id = config.instanceId().filter(name -> !name.isBlank()).orElseGet(Replica::hostName);
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "replica-" + UUID.randomUUID();
        }
    }
}
