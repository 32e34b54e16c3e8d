import QuorumCLI

QuorumCommand.main()
