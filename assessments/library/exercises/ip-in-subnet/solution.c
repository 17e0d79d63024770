#include <stdio.h>
#include <stdint.h>

static int read_ip(uint32_t *ip) {
    unsigned a, b, c, d;
    if (scanf("%u.%u.%u.%u", &a, &b, &c, &d) != 4) return 0;
    *ip = (a << 24) | (b << 16) | (c << 8) | d;
    return 1;
}

int main(void) {
    uint32_t network, address;
    unsigned prefix;
    if (!read_ip(&network) || scanf("/%u", &prefix) != 1) return 0;
    uint32_t mask = prefix == 0 ? 0 : 0xFFFFFFFFu << (32 - prefix);
    while (read_ip(&address)) {
        puts((address & mask) == (network & mask) ? "OUI" : "NON");
    }
    return 0;
}
