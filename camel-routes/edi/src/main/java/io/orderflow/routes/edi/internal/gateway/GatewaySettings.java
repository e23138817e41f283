package io.orderflow.routes.edi.internal.gateway;

import java.nio.file.Path;

/**
 * The gateway's configuration, checked.
 *
 * @param base where the partners' folders are
 */
record GatewaySettings(Path base, long maxFileBytes, long pollDelayMillis, long readLockCheckMillis,
                       int ackOverdueHours) {

    static GatewaySettings of(EdiGateway.Config config) {
        if (config.maxFileBytes() < 1 || config.pollDelayMillis() < 1 || config.readLockCheckMillis() < 1
                || config.ackOverdueHours() < 1) {
            throw new IllegalArgumentException("orderflow.edi-gateway: sizes, delays and hours must be >= 1");
        }
        String base = config.baseDirectory().isBlank()
                ? System.getProperty("karaf.data", "data") + "/edi" : config.baseDirectory();
        return new GatewaySettings(Path.of(base).toAbsolutePath().normalize(), config.maxFileBytes(),
                config.pollDelayMillis(), config.readLockCheckMillis(), config.ackOverdueHours());
    }
}
