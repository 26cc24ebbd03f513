// graphql-ws publishes its WebSocket server as the subpath "graphql-ws/use/ws" ("exports" only), which node10
// resolution cannot see: its declarations, for the compiler alone (Node, tsx and esbuild resolve the subpath).
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
