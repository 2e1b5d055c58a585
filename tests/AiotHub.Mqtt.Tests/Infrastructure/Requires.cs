namespace AiotHub.Mqtt.Tests.Infrastructure;

/// <summary>
/// Integration tests talk to real peers from Debian packages. Where a package is missing the test
/// is skipped with a reason naming the package, so a plain `dotnet test` still passes; ./test.sh
/// installs the packages first.
/// </summary>
internal static class Requires
{
    /// <summary>Skips the calling test unless <paramref name="executable"/> is on PATH (or an absolute path that exists).</summary>
    public static string Executable(string executable, string debianPackage)
    {
        var path = FindExecutable(executable);
        if (path is null)
        {
            Assert.Skip($"'{executable}' not found: install the Debian package '{debianPackage}' (./test.sh does).");
        }

        return path;
    }

    /// <summary>Skips unless Debian's python3 can import paho.mqtt (package python3-paho-mqtt).</summary>
    public static string PythonPaho()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python) || !PythonCanImport(python, "paho.mqtt.client"))
        {
            Assert.Skip("paho-mqtt for /usr/bin/python3 not found: install the Debian package 'python3-paho-mqtt' (./test.sh does).");
        }

        return python;
    }

    public static string? FindExecutable(string executable)
    {
        if (Path.IsPathRooted(executable))
        {
            return File.Exists(executable) ? executable : null;
        }

        // Debian puts mosquitto itself in /usr/sbin, which is not on every PATH.
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/usr/bin", "/sbin", "/bin"]);
        return dirs.Select(d => Path.Combine(d, executable)).FirstOrDefault(File.Exists);
    }

    private static bool PythonCanImport(string python, string module)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(python, ["-c", $"import {module}"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
