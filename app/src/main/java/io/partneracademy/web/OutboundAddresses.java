package io.partneracademy.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Which addresses the server may call when someone else chooses the URL (webhook receivers, identity providers):
 * public ones only, unless a host or address is on an explicit allow-list (an on-premises CRM, a test's local
 * server). Private, loopback, link-local, unique-local, multicast and reserved addresses are internal (SSRF).
 */
public final class OutboundAddresses {

    /** Looks up a host name; replaceable in tests that play a DNS server changing its answers. */
    @FunctionalInterface
    public interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private OutboundAddresses() {
    }

    /**
     * The host's addresses when every one of them may be called; throws {@link DestinationRefusedException} naming
     * the host and the first internal address otherwise. An allow-listed host is looked up but not judged.
     */
    public static InetAddress[] resolve(String host, Collection<String> allowed, Lookup lookup) {
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            throw new DestinationRefusedException(DestinationRefusedException.Reason.UNRESOLVED, host, null);
        }
        if (addresses.length == 0) {
            throw new DestinationRefusedException(DestinationRefusedException.Reason.UNRESOLVED, host, null);
        }
        if (allowed(host, allowed)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed(address.getHostAddress(), allowed)) {
                throw new DestinationRefusedException(DestinationRefusedException.Reason.INTERNAL, host,
                        address.getHostAddress());
            }
        }
        return addresses;
    }

    /** Whether a host or address is on the allow-list (case-insensitive, IPv6 with or without brackets). */
    public static boolean allowed(String hostOrAddress, Collection<String> allowed) {
        String bare = hostOrAddress.startsWith("[") && hostOrAddress.endsWith("]")
                ? hostOrAddress.substring(1, hostOrAddress.length() - 1) : hostOrAddress;
        return allowed.stream().anyMatch(a -> a.strip().equalsIgnoreCase(bare));
    }

    /** Whether an address is inside someone's network rather than on the public internet. */
    public static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are judged as the IPv4 address they carry
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, benchmarking 198.18.0.0/15, reserved 240.0.0.0/4
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second & 0xfe) == 18)
                || first >= 240;
    }
}
