using System.Text;
using AiotHub.Gateway.Mqtt;

namespace AiotHub.Gateway.Tests;

public sealed class MqttUserAuthenticatorTests
{
    private static readonly MqttUserAuthenticator Users = new(new MqttOptions
    {
        Users = new() { ["alice"] = "wonderland", ["bob"] = "" },
    });

    [Theory]
    [InlineData("alice", "wonderland", true)]
    [InlineData("alice", "wonderlan", false)]
    [InlineData("alice", "wonderland ", false)]
    [InlineData("Alice", "wonderland", false)]
    [InlineData("bob", "", true)]
    [InlineData("bob", "x", false)]
    [InlineData("mallory", "wonderland", false)]
    [InlineData(null, "", false)]
    public void AcceptsExactlyTheConfiguredUserAndPassword(string? userName, string password, bool accepted) =>
        Assert.Equal(accepted, Users.IsAuthorized(userName, Encoding.UTF8.GetBytes(password)));
}
