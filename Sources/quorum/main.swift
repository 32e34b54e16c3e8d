import QuorumCLI

await QuorumCommand.start()
