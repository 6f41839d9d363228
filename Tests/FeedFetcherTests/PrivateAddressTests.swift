import Testing

@testable import FeedFetcher

/// `deny_private_networks` refuses these addresses on every hop (the fetcher checks the address
/// actually connected); public addresses pass.
@Suite struct PrivateAddressTests {
    @Test(arguments: [
        "127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
    ])
    func privateLoopbackAndLinkLocalAddressesAreRefused(_ address: String) {
        #expect(PrivateAddress.isPrivate(address))
    }

    @Test(arguments: [
        "93.184.216.34", "8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "100.63.255.255", "169.253.0.1",
        "2001:db8::1", "2606:4700::1111", "::ffff:93.184.216.34",
    ])
    func publicAddressesPass(_ address: String) {
        #expect(!PrivateAddress.isPrivate(address))
    }
}
