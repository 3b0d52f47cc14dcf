export declare const DEMO_PASSWORD: string;
export declare const DEMO_USERS: { username: string; label: string }[];
