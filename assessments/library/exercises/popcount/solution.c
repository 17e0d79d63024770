#include <stdio.h>

int main(void) {
    unsigned long long value;
    while (scanf("%llu", &value) == 1) {
        int bits = 0;
        while (value) {
            value &= value - 1;
            bits++;
        }
        printf("%d\n", bits);
    }
    return 0;
}
