package io.orderflow.routes.edi.internal.partner;

/**
 * Where a partner's files come and go: its folders under the gateway's base folder, or an SFTP server.
 *
 * @param sftpUri        empty for the folder transport; else {@code sftp://user@host:port} of the partner's server
 * @param sftpPassword   the password on that server
 * @param sftpInbox      the remote folder we pick its files up from
 * @param sftpOutbox     the remote folder we put our files into
 * @param sftpKnownHosts a known_hosts file with the server's key; empty to accept any key (for trials only)
 */
public record Transport(String sftpUri, String sftpPassword, String sftpInbox, String sftpOutbox,
                        String sftpKnownHosts) {

    /** The default: the partner's folders. */
    public static final Transport FOLDER = new Transport("", "", "", "", "");

    public boolean sftp() {
        return !sftpUri.isBlank();
    }
}
