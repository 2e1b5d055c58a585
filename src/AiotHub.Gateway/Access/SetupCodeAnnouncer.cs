namespace AiotHub.Gateway.Access;

/// <summary>At start, while no owner exists, prints the one-time setup code (at Warning, so it shows with any log level).</summary>
internal sealed class SetupCodeAnnouncer(AccessTokens tokens, ILogger<AccessTokens> logger, Microsoft.Extensions.Options.IOptions<AccessOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.RequireAuthentication)
            AccessLog.AuthenticationOff(logger);
        if (tokens.SetupCode is { } code)
            AccessLog.SetupCode(logger, code);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
