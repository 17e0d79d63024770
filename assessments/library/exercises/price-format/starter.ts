const proc: any = (globalThis as any).process;
let data = "";
proc.stdin.setEncoding("utf8");
proc.stdin.on("data", (chunk: string) => { data += chunk; });
proc.stdin.on("end", () => {
  // À vous : calculez la réponse et affichez-la avec proc.stdout.write(...)
});
