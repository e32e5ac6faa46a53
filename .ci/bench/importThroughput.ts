// `npm run bench` import section, Node runner: prints the figures of importMeasure.ts as one JSON
// line on stdout, with process CPU time. Run with tsx.
import { measureImports } from './importMeasure.ts';

const cpuNow = () => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
};
process.stdout.write(`${JSON.stringify(await measureImports(cpuNow))}\n`);
