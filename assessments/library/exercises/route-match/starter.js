const data = require("fs").readFileSync(0, "utf8");
// À vous : calculez et affichez la réponse avec console.log(...)
