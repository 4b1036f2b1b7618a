using System.Runtime.CompilerServices;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SeedGen.Tests;

/// <summary>
/// Says why a test skips where <c>dotnet test</c> shows it. Below normal verbosity the console logger
/// names a skipped test without its reason, but it prints xunit's diagnostic messages (turned on in
/// xunit.runner.json): a test class whose tests can skip takes this fixture and skips through it, so
/// the reason is printed above the test's <c>[SKIP]</c> line.
/// </summary>
public sealed class SkipReasons
{
    private readonly IMessageSink _messages;

    public SkipReasons(IMessageSink messages) => _messages = messages;

    /// <summary>Skips the calling test when <paramref name="condition"/> holds, printing <paramref name="reason"/>.</summary>
    public void If(bool condition, string reason, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (!condition) return;
        _messages.OnMessage(new DiagnosticMessage($"{System.IO.Path.GetFileNameWithoutExtension(file)}.{test} skipped: {reason}"));
        Skip.If(true, reason);
    }

    /// <summary>Skips the calling test when the shared corpus is missing (<see cref="Repo.Corpus"/>), saying where it was looked for.</summary>
    public void UnlessCorpus([CallerMemberName] string test = "", [CallerFilePath] string file = "") => If(Repo.Corpus is null, Repo.CorpusMissing, test, file);
}
