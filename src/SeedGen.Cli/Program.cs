using System;
using SeedGen.Cli;

return SeedGenCli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, Console.IsErrorRedirected);
