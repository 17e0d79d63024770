#include <stdio.h>

int main(void) {
    char mode[8];
    while (scanf("%7s", mode) == 1) {
        for (int i = 0; i < 3; i++) {
            int digit = mode[i] - '0';
            putchar(digit & 4 ? 'r' : '-');
            putchar(digit & 2 ? 'w' : '-');
            putchar(digit & 1 ? 'x' : '-');
        }
        putchar('\n');
    }
    return 0;
}
