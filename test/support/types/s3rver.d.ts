/** The slice of s3rver (an S3-compatible server that keeps objects on disk) the storage test uses. */
declare module 's3rver' {
  interface S3rverOptions {
    address?: string;
    port?: number;
    directory: string;
    silent?: boolean;
    configureBuckets?: { name: string }[];
    /** Host suffix of virtual-hosted buckets: <bucket>.s3.<serviceEndpoint>. */
    serviceEndpoint?: string;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
