#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    // À vous : lisez l'entrée avec std::cin / std::getline et affichez avec std::cout
    return 0;
}
