#include <stdio.h>

int main(void) {
    /* À vous : lisez l'entrée avec scanf / fgets et affichez avec printf */
    return 0;
}
