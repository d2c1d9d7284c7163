export function AgentView({ agentId }: { agentId: string }) {
  return <section data-testid="agent-view" data-agent={agentId} />;
}
