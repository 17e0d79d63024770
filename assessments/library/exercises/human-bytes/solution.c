#include <stdio.h>

int main(void) {
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    unsigned long long size;
    while (scanf("%llu", &size) == 1) {
        if (size < 1024) {
            printf("%llu B\n", size);
            continue;
        }
        double value = (double)size;
        int unit = -1;
        do {
            value /= 1024;
            unit++;
        } while (value >= 1024 && unit < 3);
        printf("%.1f %s\n", value, units[unit]);
    }
    return 0;
}
