// Preloaded (`node --require`) into a command a test times: at its exit, writes the CPU time of
// the whole process (user + system, every thread, in seconds) to the file CPU_TIME_FILE names.
// A wall-clock time says as much about the machine's load as about the code; this hardly moves with it.
const {writeFileSync} = require('node:fs')

process.on('exit', () => {
  const {user, system} = process.cpuUsage()
  if (process.env.CPU_TIME_FILE) writeFileSync(process.env.CPU_TIME_FILE, String((user + system) / 1e6))
})
