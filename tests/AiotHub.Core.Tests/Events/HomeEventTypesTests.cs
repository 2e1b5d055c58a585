using System.Reflection;
using AiotHub.Core.Events;

namespace AiotHub.Core.Tests.Events;

public sealed class HomeEventTypesTests
{
    [Fact]
    public void AllListsEveryTypeConstantOnceInDeclarationOrder()
    {
        var constants = typeof(HomeEventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(constants, HomeEventTypes.All);
        Assert.Equal(constants.Count, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.True(HomeEventTypes.IsKnown(HomeEventTypes.DeviceEvent));
        Assert.False(HomeEventTypes.IsKnown("property-change"));
        Assert.False(HomeEventTypes.IsKnown("reset"));
    }
}
