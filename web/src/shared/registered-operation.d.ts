/** A registered operation as the pages know it (build/registered-operations.ts): its file name and hash. */
declare module '@operations/*.graphql' {
  const operation: { readonly name: string; readonly hash: string };
  export default operation;
}
