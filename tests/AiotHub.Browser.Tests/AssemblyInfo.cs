using AiotHub.Browser.Tests;

// One hub and one browser for the whole run; the tests take turns (the machine has two cores and
// each test drives a real browser against a real hub).
[assembly: AssemblyFixture(typeof(BrowserHub))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
