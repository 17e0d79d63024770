#include <stdio.h>
#include <stdint.h>

int main(void) {
    unsigned int word;
    while (scanf("%x", &word) == 1) {
        uint32_t w = word;
        uint32_t swapped = (w >> 24) | ((w >> 8) & 0xFF00u) | ((w << 8) & 0xFF0000u) | (w << 24);
        printf("0x%08x\n", swapped);
    }
    return 0;
}
