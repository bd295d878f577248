// Parses each .tf file named on the command line with HashiCorp's HCL parser (@cdktf/hcl2json: the Go
// hcl library compiled to WebAssembly) and prints one JSON object: file name to its HCL as JSON.
// A syntax error exits 1 with the parser's message. Used by TerraformExportValidationTest.
const fs = require("fs");
const { parse } = require("@cdktf/hcl2json");

async function main(files) {
  const parsed = {};
  for (const file of files) {
    parsed[file] = await parse(file, fs.readFileSync(file, "utf8"));
  }
  process.stdout.write(JSON.stringify(parsed));
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(String(error && error.message ? error.message : error) + "\n");
  process.exit(1);
});
