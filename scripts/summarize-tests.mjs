// Adds up Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
// Usage: node scripts/summarize-tests.mjs unit.json e2e.json [failed step names...]
// A failed step (lint, typecheck, build...) and a missing report each count as one failure.
import fs from "node:fs";

const [unitFile, e2eFile, ...failedSteps] = process.argv.slice(2);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined);

function unitCounts(report) {
  if (!report) return { passed: 0, failed: 1, note: "unit report missing" };
  // A test file that fails to load has no test results but still fails.
  const brokenFiles = report.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, skipped: report.numPendingTests + report.numTodoTests };
}

function e2eCounts(report) {
  if (!report) return { passed: 0, failed: 1, note: "end-to-end report missing" };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ? 1 : 0), skipped };
}

const unit = unitCounts(read(unitFile));
const e2e = e2eCounts(read(e2eFile));
const steps = failedSteps.filter((name) => name !== "unit" && name !== "e2e");
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed${unit.skipped ? `, ${unit.skipped} skipped` : ""}${unit.note ? ` (${unit.note})` : ""}`);
console.log(`end-to-end: ${e2e.passed} passed, ${e2e.failed} failed${e2e.skipped ? `, ${e2e.skipped} skipped` : ""}${e2e.note ? ` (${e2e.note})` : ""}`);
if (steps.length) console.log(`failed steps: ${steps.join(", ")}`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + steps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
